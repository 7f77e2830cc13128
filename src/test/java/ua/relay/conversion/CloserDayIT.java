package ua.relay.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.Deals;
import ua.relay.Prospects;
import ua.relay.Staffing;
import ua.relay.TestDatabase;
import ua.relay.platform.Role;
import ua.relay.prospecting.CallQueue;
import ua.relay.prospecting.CallReport;
import ua.relay.prospecting.MeetingSlot;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Shifts;
import ua.relay.salesorg.WeeklyShift;

/**
 * A closer's day lists the meeting a caller booked for them and the one they planned themselves, in time
 * order, with their tasks by when they are due; their phone's calendar reads the same meetings from a
 * secret address that a new one replaces.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabase.class)
@AutoConfigureMockMvc
class CloserDayIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	Shifts shifts;

	@Autowired
	Prospects prospects;

	@Autowired
	CallQueue queue;

	@Autowired
	ConversionQueries conversion;

	@Autowired
	LeadInbox inbox;

	@Autowired
	DealActivities activities;

	@Autowired
	CloserDay day;

	@Autowired
	Deals deals;

	@Autowired
	Clock clock;

	@Test
	void theMeetingACallerBookedAndTheOneTheCloserPlannedStandInTimeOrderWithTheTasksByWhenTheyAreDue() throws Exception {
		var closer = staffing.hire(Role.CLOSER);
		shifts.setWeekly(new EmployeeId(closer.requireEmployee()), Arrays.stream(DayOfWeek.values())
			.map(d -> new WeeklyShift(d, LocalTime.MIN, LocalTime.of(23, 59)))
			.toList());
		var caller = staffing.hire(Role.CALLER);
		prospects.queueFirst();
		var card = queue.next(caller).orElseThrow();
		var start = java.time.LocalDate.now(clock).plusDays(1).atTime(11, 0).atZone(clock.getZone()).toInstant();
		queue.record(card.id(), CallReport.meeting(new MeetingSlot(new EmployeeId(closer.requireEmployee()), start),
				"Чекають на дзвінок"), caller);
		var lead = await().atMost(Duration.ofSeconds(20))
			.until(() -> conversion.newLeads(closer).stream().filter(l -> l.company().id().equals(card.company().id()))
				.findFirst(), java.util.Optional::isPresent)
			.get();

		var waiting = day.of(closer);
		assertThat(waiting.meetings()).singleElement().satisfies(m -> {
			assertThat(m.id()).isEqualTo(lead.id().value());
			assertThat(m.start()).isEqualTo(start);
			assertThat(m.bookedBy()).isNotBlank();
			assertThat(m.path()).isEqualTo("/conversion/leads/" + lead.id().value());
		});
		assertThat(waiting.leads()).extracting(LeadView::id).containsExactly(lead.id());

		var deal = inbox.accept(lead.id(), closer);
		var now = clock.instant();
		activities.plan(deal, "Презентація на складі", start.minus(Duration.ofHours(2)), true, closer);
		var overdue = activities.plan(deal, "Надіслати договір", now.minusSeconds(60), false, closer);
		var tomorrow = activities.plan(deal, "Передзвонити", java.time.LocalDate.now(clock).plusDays(1)
			.atTime(12, 0).atZone(clock.getZone()).toInstant(), false, closer);

		var accepted = day.of(closer);
		assertThat(accepted.meetings()).extracting(CloserDay.MeetingView::title)
			.containsExactly("Презентація на складі", "");
		assertThat(accepted.meetings().get(1).path()).isEqualTo("/conversion/deals/" + deal.value());
		assertThat(accepted.overdue()).extracting(TaskView::id).containsExactly(overdue);
		assertThat(accepted.dueTomorrow()).extracting(TaskView::id).containsExactly(tomorrow);
		assertThat(accepted.leads()).isEmpty();

		mvc.perform(get("/conversion/day").with(user(Staffing.principal(closer))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-meeting=\"" + lead.id().value() + "\"")));
		assertThat(day.of(staffing.hire(Role.CLOSER)).meetings()).as("another closer's day").isEmpty();
	}

	@Test
	void thePhonesCalendarReadsTheMeetingsFromASecretAddressThatANewOneReplaces() throws Exception {
		var closer = staffing.hire(Role.CLOSER);
		var deal = deals.openFor(closer);
		activities.plan(deal.id(), "Зустріч у клієнта", clock.instant().plus(Duration.ofDays(2)), true, closer);
		var asCloser = user(Staffing.principal(closer));

		String feed = (String) mvc.perform(post("/conversion/day/calendar-feed").with(asCloser).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("feedUrl");
		String path = java.net.URI.create(feed).getPath();
		String ics = mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(ics).contains("BEGIN:VEVENT", "Зустріч у клієнта");

		mvc.perform(post("/conversion/day/calendar-feed").with(asCloser).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get(path)).andExpect(status().isNotFound());
		mvc.perform(get("/calendar/not-a-token.ics")).andExpect(status().isNotFound());
		mvc.perform(get("/conversion/day").with(user(Staffing.principal(staffing.hire(Role.ACCOUNT_MANAGER)))))
			.andExpect(status().isForbidden());
	}

}
