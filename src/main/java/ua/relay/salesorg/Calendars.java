package ua.relay.salesorg;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.party.CompanyId;
import ua.relay.platform.DomainException;
import ua.relay.platform.SqlTime;
import ua.relay.salesorg.domain.FreeSlots;

/**
 * The employees' calendars: free slots within each one's shifts (office hours for who has none, less
 * days off), and bookings that never overlap, even when two callers book the same closer at once.
 */
@Service
public class Calendars {

	/** How far ahead of now a meeting can be booked at the earliest. */
	private static final Duration NOTICE = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final Staff staff;

	private final Clock clock;

	private final Shifts shifts;

	Calendars(JdbcClient jdbc, Staff staff, Clock clock, Shifts shifts) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.clock = clock;
		this.shifts = shifts;
	}

	/** Free slots of the given people over the next {@code days} days, earliest first, at most {@code limit}. */
	public List<Slot> freeSlots(List<EmployeeId> people, int days, Duration length, int limit) {
		var now = clock.instant();
		var today = LocalDate.now(clock);
		var until = today.plusDays(days + 1).atStartOfDay(clock.getZone()).toInstant();
		var names = staff.names(people);
		var slots = new ArrayList<Slot>();
		for (EmployeeId person : people) {
			var busy = jdbc.sql("""
					select starts_at, ends_at from salesorg_calendar_entry
					where employee_id = ? and ends_at > ? and starts_at < ?
					""")
				.params(person.value(), SqlTime.of(now), SqlTime.of(until))
				.query((rs, n) -> new FreeSlots.Busy(SqlTime.instant(rs, "starts_at"), SqlTime.instant(rs, "ends_at")))
				.list();
			var windows = shifts.plan(person).windows(today, days + 1, clock.getZone());
			for (Instant start : FreeSlots.within(windows, busy, length, now.plus(NOTICE))) {
				slots.add(new Slot(person, names.get(person), start, start.plus(length)));
			}
		}
		slots.sort(Comparator.comparing(Slot::start).thenComparing(s -> s.employeeName() == null ? "" : s.employeeName()));
		return slots.subList(0, Math.min(limit, slots.size()));
	}

	/** Free slots of a tier's active specialists. */
	public List<Slot> freeSlotsOf(Tier tier, int days, Duration length, int limit) {
		var people = staff.all().stream().filter(e -> e.active() && e.tier() == tier).map(EmployeeView::id).toList();
		return freeSlots(people, days, length, limit);
	}

	/**
	 * Books the time for the employee, or refuses: outside working hours, in the past, or overlapping
	 * what is booked. The employee's row is locked while checking, so two bookings cannot both pass.
	 */
	@Transactional
	public UUID book(EmployeeId employee, Instant start, Duration length, String title, CompanyId company) {
		if (start.isBefore(clock.instant()) || !shifts.plan(employee).covers(start, start.plus(length), clock.getZone())) {
			throw DomainException.invalid("calendar.outside-hours", "The time is past or outside the employee's shifts");
		}
		jdbc.sql("select id from salesorg_employee where id = ? for update").param(employee.value()).query(UUID.class)
			.optional()
			.orElseThrow(() -> DomainException.notFound("employee.not-found", "No employee " + employee));
		var end = start.plus(length);
		long overlapping = jdbc.sql("""
				select count(*) from salesorg_calendar_entry where employee_id = ? and starts_at < ? and ends_at > ?
				""")
			.params(employee.value(), SqlTime.of(end), SqlTime.of(start))
			.query(Long.class)
			.single();
		if (overlapping > 0) {
			throw DomainException.conflict("calendar.taken", "The time is taken meanwhile: choose another");
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into salesorg_calendar_entry (id, employee_id, starts_at, ends_at, title, company_id, created_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, employee.value(), SqlTime.of(start), SqlTime.of(end), title,
					company == null ? null : company.value(), SqlTime.of(clock.instant()))
			.update();
		return id;
	}

	public List<CalendarEntry> entries(EmployeeId employee, Instant from, Instant to) {
		return jdbc.sql("""
				select id, starts_at, ends_at, title, company_id from salesorg_calendar_entry
				where employee_id = ? and ends_at > ? and starts_at < ? order by starts_at
				""")
			.params(employee.value(), SqlTime.of(from), SqlTime.of(to))
			.query((rs, n) -> new CalendarEntry(rs.getObject(1, UUID.class), employee, SqlTime.instant(rs, "starts_at"),
					SqlTime.instant(rs, "ends_at"), rs.getString(4), rs.getObject(5, UUID.class)))
			.list();
	}

}
