package ua.relay.demo;

import java.time.Instant;
import java.util.PriorityQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ua.relay.platform.ApplicationClock;

/**
 * The demo's past as steps in time order: each step runs with the application's clock set to its moment,
 * and may plan later steps. What would happen after the present is not played: it has not happened yet.
 */
final class Timeline {

	private static final Logger log = LoggerFactory.getLogger(Timeline.class);

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

	private long failed;

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

	/**
	 * Plays every step in time order, each with the clock set to its moment. A step that fails is logged and
	 * left out, so that the rest of the demo is still made and Relay still starts.
	 */
	void play() {
		Step step;
		while ((step = steps.poll()) != null) {
			now = step.at();
			clock.setTo(now);
			try {
				step.action().run();
				played++;
			}
			catch (RuntimeException ex) {
				failed++;
				log.warn("Demo data: a step at {} failed and is left out: {}", now, ex.toString());
			}
		}
	}

	long failed() {
		return failed;
	}

	long played() {
		return played;
	}

}
