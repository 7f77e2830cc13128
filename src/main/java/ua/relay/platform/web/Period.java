package ua.relay.platform.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The days a numbers page shows, both included: as the user chose them, or the last 30 days up to today
 * (Kyiv time) where they did not.
 */
public record Period(LocalDate from, LocalDate to) {

	public static Period chosenOrLast30Days(LocalDate from, LocalDate to, Clock clock) {
		var last = to == null ? LocalDate.now(clock) : to;
		return new Period(from == null ? last.minusDays(29) : from, last);
	}

	public Instant start(Clock clock) {
		return from.atStartOfDay(clock.getZone()).toInstant();
	}

	/** The first instant after the period. */
	public Instant end(Clock clock) {
		return to.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
	}

}
