package ua.relay.prospecting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Optional;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import ua.relay.Prospects;
import ua.relay.Staffing;
import ua.relay.TestDatabase;
import ua.relay.conversion.ConversionQueries;
import ua.relay.platform.Role;
import ua.relay.salesorg.Calendars;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Responsibilities;
import ua.relay.salesorg.Tier;

/**
 * A caller books a meeting in a closer's free slot: it lands in the closer's calendar, the lead goes
 * to that closer, and an e-mail with the .ics invitation goes out through a real SMTP server.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025" })
@ContextConfiguration(initializers = TestDatabase.class)
class MeetingBookingIT {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	Staffing staffing;

	@Autowired
	Prospects prospects;

	@Autowired
	CallQueue queue;

	@Autowired
	Calendars calendars;

	@Autowired
	ProspectingProperties settings;

	@Autowired
	Responsibilities responsibilities;

	@Autowired
	ConversionQueries conversion;

	@Autowired
	ua.relay.conversion.LeadInbox inbox;

	@Autowired
	ua.relay.conversion.DealActivities activities;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	org.springframework.modulith.events.IncompleteEventPublications publications;

	@Test
	void aBookedMeetingLandsInTheClosersCalendarAndTheInvitationIsSent() throws Exception {
		var closer = staffing.hire(Role.CLOSER);
		var caller = staffing.hire(Role.CALLER);
		prospects.queueFirst();
		var card = queue.next(caller).orElseThrow();
		// this closer's own free slots: the desk offers the earliest of all closers', which other tests' closers may fill
		var slot = calendars.freeSlots(java.util.List.of(new EmployeeId(closer.employeeId())), 7, settings.meetingLength(), 30)
			.stream()
			.findFirst()
			.orElseThrow();

		queue.record(card.id(), CallReport.meeting(new MeetingSlot(slot.employee(), slot.start()), "Хочуть тариф"), caller);

		var assigned = await().atMost(Duration.ofSeconds(20))
			.until(() -> responsibilities.responsible(card.company().id(), Tier.LC), Optional::isPresent)
			.get();
		assertThat(assigned.value()).as("the lead goes to the closer whose slot was booked").isEqualTo(closer.employeeId());
		assertThat(calendars.entries(new EmployeeId(closer.employeeId()), slot.start(), slot.end()))
			.singleElement()
			.satisfies(entry -> assertThat(entry.title()).contains(card.company().name()));
		var lead = conversion.newLeads(Staffing.as(assigned, Role.CLOSER)).stream()
			.filter(l -> l.company().id().equals(card.company().id())).findFirst().orElseThrow();
		assertThat(lead.meeting().start()).isEqualTo(slot.start());

		var closerActor = Staffing.as(assigned, Role.CLOSER);
		var deal = conversion.deal(inbox.accept(lead.id(), closerActor), closerActor);
		assertThat(deal.meetingStart()).as("the meeting stays with the deal").isEqualTo(slot.start());
		assertThat(deal.caller()).isEqualTo(caller.username());
		assertThat(activities.openTasks(closerActor)).filteredOn(t -> t.dealId().equals(deal.id()))
			.singleElement()
			.satisfies(task -> {
				assertThat(task.meeting()).isTrue();
				assertThat(task.dueAt()).isEqualTo(slot.start());
			});

		assertThat(smtp.waitForIncomingEmail(20_000, 1)).isTrue();
		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(closer.username() + "@relay.test");
		assertThat(mail.getSubject()).startsWith("Зустріч: ");
		var body = (Multipart) mail.getContent();
		String ics = null;
		for (int i = 0; i < body.getCount(); i++) {
			if ("meeting.ics".equals(body.getBodyPart(i).getFileName())) {
				var out = new ByteArrayOutputStream();
				body.getBodyPart(i).getInputStream().transferTo(out);
				ics = out.toString(java.nio.charset.StandardCharsets.UTF_8);
			}
		}
		assertThat(ics).contains("BEGIN:VCALENDAR", "METHOD:REQUEST", "BEGIN:VEVENT", "DTSTART:", "mailto:" + closer.username());

		// the invitation's delivery is made again, as after a database hiccup lost its completion: no second e-mail
		int received = smtp.getReceivedMessages().length;
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
				update event_publication set completion_date = null, status = 'PROCESSING'
				where event_type like '%MeetingScheduled' and serialized_event like ? and completion_date is not null
				""").param("%" + lead.id().value() + "%").update() == 1);
		publications.resubmitIncompletePublications(p -> p.getEvent() instanceof ua.relay.conversion.MeetingScheduled m
				&& m.leadId().equals(lead.id()));
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
				select count(*) from event_publication
				where event_type like '%MeetingScheduled' and serialized_event like ? and completion_date is not null
				""").param("%" + lead.id().value() + "%").query(Long.class).single() == 1);
		assertThat(smtp.getReceivedMessages()).as("one invitation, however often the meeting is delivered").hasSize(received);
	}

	@Test
	void twoCallersCannotBookTheSameSlot() {
		var closer = staffing.hire(Role.CLOSER);
		var slot = calendars.freeSlots(java.util.List.of(new EmployeeId(closer.employeeId())), 7, Duration.ofMinutes(45), 1)
			.get(0);
		calendars.book(slot.employee(), slot.start(), Duration.ofMinutes(45), "Перша", null);
		// the same hour again (a later start could run past the shift's end, late in the day, and be refused for that)
		assertThatThrownBy(() -> calendars.book(slot.employee(), slot.start(), Duration.ofMinutes(30), "Друга", null))
			.hasMessageContaining("taken");
		assertThat(calendars.freeSlots(java.util.List.of(slot.employee()), 7, Duration.ofMinutes(45), 50))
			.extracting(s -> s.start()).doesNotContain(slot.start());
	}

}
