package ua.relay.demo;

import java.time.Instant;
import java.util.PriorityQueue;

import ua.relay.platform.ApplicationClock;

/**
 * The demo's past as steps in time order: each step runs with the application's clock set to its moment,
 * and may plan later steps. What would happen after the present is not played: it has not happened yet.
 */
final class Timeline {

	private record Step(Instant at, long order, Runnable action) implements Comparable<Step> {

		@Override
		public int compareTo(Step other) {
			int byTime = at.compareTo(other.at);
			return byTime != 0 ? byTime : Long.compare(order, other.order);
		}

	}

	private final PriorityQueue<Step> steps = new PriorityQueue<>();

	private final ApplicationClock clock;

	private final Instant present;

	private Instant now;

	private long planned;

	private long played;

	Timeline(ApplicationClock clock, Instant present) {
		this.clock = clock;
		this.present = present;
	}

	/**
	 * Plans {@code action} at {@code at} (at once, if that moment has passed); steps at the same moment run in
	 * the order they were planned.
	 */
	void at(Instant at, Runnable action) {
		var when = now != null && at.isBefore(now) ? now : at;
		if (when.isBefore(present)) {
			steps.add(new Step(when, planned++, action));
		}
	}

	/** The moment of the step being played. */
	Instant now() {
		return now;
	}

	/** The real present, where the history ends. */
	Instant present() {
		return present;
	}

	/** Plays every step in time order, each with the clock set to its moment. */
	void play() {
		Step step;
		while ((step = steps.poll()) != null) {
			now = step.at();
			clock.setTo(now);
			step.action().run();
			played++;
		}
	}

	long played() {
		return played;
	}

}
