package ua.relay.salesorg.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The free slots of one person's calendar: within working hours, on whole multiples of the slot
 * length from the opening time, not overlapping what is booked, not earlier than {@code notBefore}.
 */
public final class FreeSlots {

	public record Busy(Instant start, Instant end) {

		boolean overlaps(Instant from, Instant to) {
			return start.isBefore(to) && end.isAfter(from);
		}

	}

	private FreeSlots() {
	}

	public static List<Instant> between(WorkingHours hours, List<Busy> busy, LocalDate firstDay, int days,
			Duration length, Instant notBefore) {
		var slots = new ArrayList<Instant>();
		for (int d = 0; d < days; d++) {
			var day = firstDay.plusDays(d);
			if (!hours.days().contains(day.getDayOfWeek())) {
				continue;
			}
			var close = day.atTime(hours.closes()).atZone(hours.zone()).toInstant();
			for (var start = day.atTime(hours.opens()).atZone(hours.zone()).toInstant(); !start.plus(length)
				.isAfter(close); start = start.plus(length)) {
				var end = start.plus(length);
				var from = start;
				if (!start.isBefore(notBefore) && busy.stream().noneMatch(b -> b.overlaps(from, end))) {
					slots.add(start);
				}
			}
		}
		return slots;
	}

	/** Whether a meeting from {@code start} for {@code length} fits the working hours. */
	public static boolean withinHours(WorkingHours hours, Instant start, Duration length) {
		var local = start.atZone(hours.zone());
		var end = start.plus(length).atZone(hours.zone());
		return hours.days().contains(local.getDayOfWeek()) && local.toLocalDate().equals(end.toLocalDate())
				&& !local.toLocalTime().isBefore(hours.opens()) && !end.toLocalTime().isAfter(hours.closes());
	}

}
