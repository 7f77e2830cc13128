package ua.relay.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's one clock: the system clock of its zone, which only demo data ever sets back. The demo
 * makes its months of history through the same services the pages use, so that every row is one Relay
 * itself would have written; those services read the time from this clock, so the demo sets it to each
 * past moment it plays ({@link #setTo}), and back to the present when it is done ({@link #resetToPresent}).
 * While nobody has set it, it reads exactly as {@code Clock.system(zone)}.
 */
public final class ApplicationClock extends Clock {

	private final Clock system;

	/** Shared with the same clock in other zones, so that all of them move together. */
	private final AtomicReference<Duration> offset;

	public ApplicationClock(ZoneId zone) {
		this(Clock.system(zone), new AtomicReference<>(Duration.ZERO));
	}

	private ApplicationClock(Clock system, AtomicReference<Duration> offset) {
		this.system = system;
		this.offset = offset;
	}

	/** From now on the clock reads {@code instant}, and runs on from there at the system's pace. */
	public void setTo(Instant instant) {
		offset.set(Duration.between(system.instant(), instant));
	}

	/** The clock reads the system's time again. */
	public void resetToPresent() {
		offset.set(Duration.ZERO);
	}

	@Override
	public Instant instant() {
		var by = offset.get();
		return by.isZero() ? system.instant() : system.instant().plus(by);
	}

	@Override
	public long millis() {
		return instant().toEpochMilli();
	}

	@Override
	public ZoneId getZone() {
		return system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return zone.equals(getZone()) ? this : new ApplicationClock(system.withZone(zone), offset);
	}

	@Override
	public String toString() {
		return "ApplicationClock[" + getZone() + ", offset " + offset.get() + "]";
	}

}
