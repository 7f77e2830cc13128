package ua.relay.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * One making of the demo's history: its timeline, the team, chance, the zone and the first day; how many
 * of each thing it made (for the log), and how often each thing has come up (for its chance).
 */
final class DemoRun {

	/** What the history counts as it makes it. */
	enum Made {
		CALLS, HAND_OVERS, ACCEPTED, REJECTED, WON, LOST, CLIENTS, ORDERS, INVOICES, PAYMENTS
	}

	private final Timeline timeline;

	private final DemoTeam team;

	private final Fates fates;

	private final ZoneId zone;

	private final LocalDate first;

	private final Map<Made, Integer> tally = new EnumMap<>(Made.class);

	private final Map<String, Integer> turns = new HashMap<>();

	DemoRun(Timeline timeline, DemoTeam team, Fates fates, ZoneId zone, LocalDate first) {
		this.timeline = timeline;
		this.team = team;
		this.fates = fates;
		this.zone = zone;
		this.first = first;
	}

	Timeline timeline() {
		return timeline;
	}

	DemoTeam team() {
		return team;
	}

	Fates fates() {
		return fates;
	}

	ZoneId zone() {
		return zone;
	}

	LocalDate first() {
		return first;
	}

	/** The day the history ends: today. */
	LocalDate last() {
		return LocalDate.ofInstant(timeline.present(), zone);
	}

	/** The day of the step being played. */
	LocalDate today() {
		return LocalDate.ofInstant(timeline.now(), zone);
	}

	void count(Made what) {
		tally.merge(what, 1, Integer::sum);
	}

	Map<Made, Integer> tally() {
		return Collections.unmodifiableMap(tally);
	}

	/** How many times {@code what} has come up so far, this one included: 1 the first time. */
	int turn(String what) {
		return turns.merge(what, 1, Integer::sum);
	}

	/**
	 * How far into the history a moment lies: 0 on its first morning, 1 from today on (counted in days, so that
	 * a history made at any hour of the same day is the same).
	 */
	double progress(Instant at) {
		var start = first.atStartOfDay(zone).toInstant();
		double whole = start.until(last().atStartOfDay(zone).toInstant(), ChronoUnit.MINUTES);
		double done = start.until(at, ChronoUnit.MINUTES);
		return whole <= 0 ? 1 : Math.max(0, Math.min(1, done / whole));
	}

}
