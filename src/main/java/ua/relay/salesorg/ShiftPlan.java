package ua.relay.salesorg;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** When an employee works: their weekly shifts less their days off. No shifts means office hours. */
public record ShiftPlan(List<WeeklyShift> shifts, Set<LocalDate> daysOff) {

	public static final List<WeeklyShift> OFFICE_HOURS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
		.stream()
		.map(day -> new WeeklyShift(day, LocalTime.of(9, 0), LocalTime.of(18, 0)))
		.toList();

	public ShiftPlan {
		shifts = shifts.isEmpty() ? OFFICE_HOURS : List.copyOf(shifts);
		daysOff = Set.copyOf(daysOff);
	}

	/** Hours worked on a date. */
	public double hoursOn(LocalDate date) {
		if (daysOff.contains(date)) {
			return 0;
		}
		return shifts.stream().filter(s -> s.day() == date.getDayOfWeek()).mapToDouble(WeeklyShift::hours).sum();
	}

	/** Hours worked between two instants. */
	public double hoursBetween(Instant from, Instant to, ZoneId zone) {
		var first = from.atZone(zone).toLocalDate();
		int days = (int) java.time.temporal.ChronoUnit.DAYS.between(first, to.atZone(zone).toLocalDate()) + 1;
		double hours = 0;
		for (Window window : windows(first, days, zone)) {
			var start = max(window.start(), from);
			var end = min(window.end(), to);
			if (end.isAfter(start)) {
				hours += Duration.between(start, end).toMinutes() / 60.0;
			}
		}
		return hours;
	}

	/** A stretch of working time. */
	public record Window(Instant start, Instant end) {
	}

	/** The working time of {@code days} days from {@code first}, in order. */
	public List<Window> windows(LocalDate first, int days, ZoneId zone) {
		var windows = new java.util.ArrayList<Window>();
		for (int d = 0; d < days; d++) {
			var date = first.plusDays(d);
			if (daysOff.contains(date)) {
				continue;
			}
			shifts.stream()
				.filter(s -> s.day() == date.getDayOfWeek())
				.sorted(java.util.Comparator.comparing(WeeklyShift::from))
				.forEach(s -> windows.add(new Window(date.atTime(s.from()).atZone(zone).toInstant(),
						date.atTime(s.to()).atZone(zone).toInstant())));
		}
		return windows;
	}

	/** Whether {@code start} to {@code end} lies within one shift. */
	public boolean covers(Instant start, Instant end, ZoneId zone) {
		var day = start.atZone(zone).toLocalDate();
		return windows(day, 1, zone).stream().anyMatch(w -> !start.isBefore(w.start()) && !end.isAfter(w.end()));
	}

	public boolean onShift(Instant at, ZoneId zone) {
		return hoursBetween(at, at.plusSeconds(60), zone) > 0;
	}

	/**
	 * The moment {@code working} of working time has passed after {@code from}, counting only the hours on
	 * shift (a lead received on Friday evening is due on Monday, not on Saturday). Looks up to 60 days
	 * ahead; a plan with no working time in them gives {@code from} plus {@code working} in plain time.
	 */
	public Instant afterWorkingTime(Instant from, Duration working, ZoneId zone) {
		var left = working;
		for (Window window : windows(from.atZone(zone).toLocalDate(), 60, zone)) {
			var start = max(window.start(), from);
			if (!window.end().isAfter(start)) {
				continue;
			}
			var available = Duration.between(start, window.end());
			if (available.compareTo(left) >= 0) {
				return start.plus(left);
			}
			left = left.minus(available);
		}
		return from.plus(working);
	}

	/** The start of the next shift after {@code after}, looking up to two weeks ahead. */
	public Optional<Instant> nextStartAfter(Instant after, ZoneId zone) {
		var first = after.atZone(zone).toLocalDate();
		for (int d = 0; d <= 14; d++) {
			var date = first.plusDays(d);
			if (daysOff.contains(date)) {
				continue;
			}
			var start = shifts.stream()
				.filter(s -> s.day() == date.getDayOfWeek())
				.map(s -> date.atTime(s.from()).atZone(zone).toInstant())
				.filter(t -> t.isAfter(after))
				.min(Instant::compareTo);
			if (start.isPresent()) {
				return start;
			}
		}
		return Optional.empty();
	}

	private static Instant max(Instant a, Instant b) {
		return a.isAfter(b) ? a : b;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
