package ua.relay.conversion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.conversion.jdbc.MeetingQueries;
import ua.relay.party.CompanyDirectory;
import ua.relay.party.CompanyId;
import ua.relay.platform.Actor;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Staff;

/**
 * A closer's day on one page: the meetings (booked by tier 1 or by themselves) in time order, the tasks
 * overdue, due today and tomorrow, and the leads waiting with the time their first touch is due by.
 */
@Service
public class CloserDay {

	/** How long a meeting the closer planned as a task is taken to last: a task has a start only. */
	static final Duration PLANNED_MEETING = Duration.ofHours(1);

	/** How far ahead the page lists meetings. */
	static final int DAYS_AHEAD = 7;

	private final MeetingQueries meetings;

	private final DealActivities activities;

	private final ConversionQueries leads;

	private final CompanyDirectory companies;

	private final Staff staff;

	private final Clock clock;

	CloserDay(MeetingQueries meetings, DealActivities activities, ConversionQueries leads, CompanyDirectory companies,
			Staff staff, Clock clock) {
		this.meetings = meetings;
		this.activities = activities;
		this.leads = leads;
		this.companies = companies;
		this.staff = staff;
		this.clock = clock;
	}

	/**
	 * A meeting: with which company, when, who booked it (the caller; null when the closer planned it) and
	 * where it opens (its deal, or its lead while not yet accepted).
	 */
	public record MeetingView(UUID id, String company, String title, Instant start, Instant end, String bookedBy,
			boolean done, String path, String closer) {
	}

	public record View(LocalDate today, List<MeetingView> meetings, List<TaskView> overdue, List<TaskView> dueToday,
			List<TaskView> dueTomorrow, List<LeadView> leads) {
	}

	/**
	 * The closer's day; for the head and the administrator, the department's: today's meetings of every
	 * closer and every lead waiting (no tasks: theirs are the closers').
	 */
	@Transactional(readOnly = true)
	public View of(Actor actor) {
		var zone = clock.getZone();
		var today = LocalDate.now(clock);
		var startOfToday = today.atStartOfDay(zone).toInstant();
		var tomorrow = today.plusDays(1).atStartOfDay(zone).toInstant();
		var dayAfter = today.plusDays(2).atStartOfDay(zone).toInstant();
		if (actor.seesEverything()) {
			return new View(today, meetings(null, startOfToday, tomorrow), List.of(), List.of(), List.of(),
					leads.newLeads(actor));
		}
		var tasks = activities.openTasks(actor).stream().filter(t -> !t.meeting()).toList();
		return new View(today, meetings(new EmployeeId(actor.requireEmployee()), startOfToday,
				today.plusDays(DAYS_AHEAD).atStartOfDay(zone).toInstant()),
				tasks.stream().filter(TaskView::overdue).toList(),
				tasks.stream().filter(t -> !t.overdue() && t.dueAt().isBefore(tomorrow)).toList(),
				tasks.stream().filter(t -> !t.dueAt().isBefore(tomorrow) && t.dueAt().isBefore(dayAfter)).toList(),
				leads.newLeads(actor));
	}

	/** The closer's meetings (everyone's, for a null closer) starting in [from, to), in time order. */
	@Transactional(readOnly = true)
	public List<MeetingView> meetings(EmployeeId closer, Instant from, Instant to) {
		var rows = meetings.of(closer == null ? null : closer.value(), from, to);
		var cards = companies.cards(rows.stream().map(r -> new CompanyId(r.company())).toList());
		var people = new java.util.ArrayList<EmployeeId>();
		rows.forEach(r -> {
			people.add(new EmployeeId(r.closer()));
			if (r.bookedBy() != null) {
				people.add(new EmployeeId(r.bookedBy()));
			}
		});
		var names = staff.names(people);
		return rows.stream().map(r -> new MeetingView(r.id(), cards.get(new CompanyId(r.company())).displayName(),
				r.title(), r.start(), r.end() != null ? r.end() : r.start().plus(PLANNED_MEETING),
				r.bookedBy() == null ? null : names.get(new EmployeeId(r.bookedBy())), r.done(),
				r.deal() != null ? "/conversion/deals/" + r.deal() : "/conversion/leads/" + r.lead(),
				names.get(new EmployeeId(r.closer()))))
			.toList();
	}

}
