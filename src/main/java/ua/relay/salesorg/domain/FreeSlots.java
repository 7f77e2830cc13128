package ua.relay.salesorg.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The free slots of one person's calendar: within their working time, on whole multiples of the slot
 * length from the start of each stretch, not overlapping what is booked, not earlier than
 * {@code notBefore}.
 */
public final class FreeSlots {

	public record Busy(Instant start, Instant end) {

		boolean overlaps(Instant from, Instant to) {
			return start.isBefore(to) && end.isAfter(from);
		}

	}

	private FreeSlots() {
	}

	/** The free slots within given stretches of working time (an employee's shifts). */
	public static List<Instant> within(List<ua.relay.salesorg.ShiftPlan.Window> windows, List<Busy> busy, Duration length,
			Instant notBefore) {
		var slots = new ArrayList<Instant>();
		for (var window : windows) {
			for (var start = window.start(); !start.plus(length).isAfter(window.end()); start = start.plus(length)) {
				var end = start.plus(length);
				var from = start;
				if (!start.isBefore(notBefore) && busy.stream().noneMatch(b -> b.overlaps(from, end))) {
					slots.add(start);
				}
			}
		}
		return slots;
	}

}
