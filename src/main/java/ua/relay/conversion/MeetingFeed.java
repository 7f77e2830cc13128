package ua.relay.conversion;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import ua.relay.conversion.jdbc.CalendarFeedStore;
import ua.relay.platform.Actor;
import ua.relay.platform.AuditTrail;
import ua.relay.platform.security.ApiTokens;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Staff;

/**
 * A closer's meetings as an iCalendar feed their phone subscribes to: a secret address of their own (shown
 * once, kept as a hash, replaced on request, which stops the old one), the meetings of the last
 * {@value #DAYS_BACK} days and the next {@value #DAYS_AHEAD}.
 */
@Service
public class MeetingFeed {

	static final int DAYS_BACK = 30;

	static final int DAYS_AHEAD = 90;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CalendarFeedStore feeds;

	private final CloserDay day;

	private final AuditTrail audit;

	private final Clock clock;

	private final Staff staff;

	MeetingFeed(CalendarFeedStore feeds, CloserDay day, AuditTrail audit, Staff staff, Clock clock) {
		this.staff = staff;
		this.feeds = feeds;
		this.day = day;
		this.audit = audit;
		this.clock = clock;
	}

	/** A new secret address's token for the closer; the old one stops working. */
	@Transactional
	public String issue(Actor actor) {
		var bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		feeds.replace(actor.requireEmployee(), ApiTokens.hash(token), clock.instant());
		audit.record(actor, "calendar-feed", actor.displayName(), null);
		return token;
	}

	@Transactional
	public void stop(Actor actor) {
		feeds.remove(actor.requireEmployee());
	}

	/** When the closer's current address was made, if they have one. */
	public Optional<Instant> issuedAt(Actor actor) {
		return actor.employee().flatMap(feeds::madeAt);
	}

	/** The calendar the token opens, or empty when no feed has it (never made, or replaced). */
	@Transactional(readOnly = true)
	public Optional<String> calendar(String token) {
		return feeds.ownerOf(ApiTokens.hash(token))
			.map(EmployeeId::new)
			.filter(owner -> staff.get(owner).active()) // a leaver's phone reads nothing more
			.map(this::ics);
	}

	private String ics(EmployeeId closer) {
		var now = clock.instant();
		var calendar = new Calendar();
		calendar.add(new ProdId("-//Relay//Relay 1.0//UK"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		for (var meeting : day.meetings(closer, now.minus(Duration.ofDays(DAYS_BACK)), now.plus(Duration.ofDays(DAYS_AHEAD)))) {
			String summary = "Зустріч: " + meeting.company() + (meeting.title().isBlank() ? "" : " — " + meeting.title());
			var event = new VEvent(meeting.start(), meeting.end(), summary);
			event.add(new Uid(meeting.id() + "@relay"));
			event.add(new Description(meeting.bookedBy() == null ? meeting.company()
					: "Призначив оператор " + meeting.bookedBy()));
			calendar.add(event);
		}
		return MeetingInvitations.written(calendar);
	}

}
