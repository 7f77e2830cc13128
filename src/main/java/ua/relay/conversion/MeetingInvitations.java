package ua.relay.conversion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Objects;

import jakarta.mail.MessagingException;
import jakarta.mail.util.ByteArrayDataSource;

import io.micrometer.core.instrument.MeterRegistry;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ua.relay.conversion.jdbc.MeetingMailStore;
import ua.relay.party.CompanyDirectory;
import ua.relay.salesorg.Staff;

/**
 * Invites the closer and the prospect's contact to a meeting tier 1 booked: an e-mail with the meeting
 * as an iCalendar REQUEST ({@code .ics}) that mail programs offer to put in the calendar. Without SMTP
 * configured ({@code spring.mail.host}) it says so in the log and sends nothing. A meeting delivered again
 * (its first delivery's completion was lost with the database or the process) is not sent again: the
 * sending is recorded in the listener's transaction, which commits only once the SMTP server took the
 * message.
 */
@Component
class MeetingInvitations {

	private static final Logger log = LoggerFactory.getLogger(MeetingInvitations.class);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private final ObjectProvider<JavaMailSender> mail;

	private final CompanyDirectory companies;

	private final Staff staff;

	private final java.time.Clock clock;

	private final String from;

	private final MeetingMailStore sent;

	private final MeterRegistry metrics;

	MeetingInvitations(ObjectProvider<JavaMailSender> mail, CompanyDirectory companies, Staff staff,
			java.time.Clock clock, @Value("${relay.mail.from:relay@localhost}") String from, MeetingMailStore sent,
			MeterRegistry metrics) {
		this.metrics = metrics;
		this.sent = sent;
		this.mail = mail;
		this.companies = companies;
		this.staff = staff;
		this.clock = clock;
		this.from = from;
	}

	@ApplicationModuleListener
	void on(MeetingScheduled meeting) throws MessagingException {
		var sender = mail.getIfAvailable();
		var closer = staff.get(meeting.closer());
		var company = companies.getCard(meeting.companyId());
		var contact = company.contacts().stream().filter(c -> c.email() != null).findFirst();
		var to = new ArrayList<String>();
		if (closer.email() != null) {
			to.add(closer.email());
		}
		contact.ifPresent(c -> to.add(c.email()));
		if (sender == null || to.isEmpty()) {
			log.info("Meeting {} with {} not sent by e-mail: {}", meeting.leadId(), company.displayName(),
					sender == null ? "no SMTP server configured (spring.mail.host)" : "nobody has an e-mail address");
			return;
		}
		if (!sent.firstSending(meeting.leadId().value(), clock.instant())) {
			log.info("Meeting {} with {}: its invitation went out already", meeting.leadId(), company.displayName());
			return;
		}
		String when = WHEN.format(meeting.start().atZone(clock.getZone()));
		String subject = "Зустріч: " + company.displayName() + ", " + when;
		String ics = ics(meeting, subject, closer.email(), contact.map(c -> c.email()).orElse(null),
				"Зустріч з менеджером " + closer.fullName() + " щодо вантажоперевезень для " + company.displayName());
		var message = sender.createMimeMessage();
		var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		helper.setTo(to.toArray(String[]::new));
		helper.setSubject(subject);
		helper.setText("Доброго дня!\n\nЗапрошуємо на зустріч " + when + " (Київ) з менеджером " + closer.fullName()
				+ ".\nЗапрошення для календаря — у вкладенні.\n");
		helper.addAttachment("meeting.ics", new ByteArrayDataSource(ics.getBytes(StandardCharsets.UTF_8),
				"text/calendar; charset=UTF-8; method=REQUEST"));
		try {
			sender.send(message);
		}
		catch (RuntimeException ex) {
			metrics.counter("relay.mail.failed", "kind", "meeting").increment();
			throw ex; // the delivery fails, and is tried again
		}
		metrics.counter("relay.mail.sent", "kind", "meeting").increment();
	}

	static String ics(MeetingScheduled meeting, String summary, String organizer, String attendee, String description) {
		var event = new VEvent(meeting.start(), meeting.end(), summary);
		event.add(new Uid(meeting.leadId() + "@relay"));
		event.add(new Description(description));
		if (organizer != null) {
			event.add(new Organizer(URI.create("mailto:" + organizer)));
		}
		if (attendee != null) {
			event.add(new Attendee(URI.create("mailto:" + attendee)));
		}
		var calendar = new Calendar();
		calendar.add(new ProdId("-//Relay//Relay 1.0//UK"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableMethod.REQUEST);
		calendar.add(event);
		return written(calendar);
	}

	/** The calendar as iCalendar text (RFC 5545), unvalidated: Relay makes only what it can write. */
	static String written(Calendar calendar) {
		var out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Objects.requireNonNull(out.toString());
	}

}
