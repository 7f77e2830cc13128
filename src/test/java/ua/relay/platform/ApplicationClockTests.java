package ua.relay.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class ApplicationClockTests {

	private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

	private final ApplicationClock clock = new ApplicationClock(KYIV);

	@Test
	void untouchedItReadsAsTheSystemClockOfItsZone() {
		var system = Clock.system(KYIV);
		var before = system.instant();
		var read = clock.instant();
		assertThat(read).isBetween(before, system.instant());
		assertThat(clock.getZone()).isEqualTo(KYIV);
	}

	@Test
	void setToAPastMomentItReadsThatMomentAndRunsOnFromIt() throws InterruptedException {
		var past = Instant.parse("2026-03-02T15:07:00Z");
		clock.setTo(past);
		var first = clock.instant();
		Thread.sleep(5);
		var second = clock.instant();
		assertThat(first).isBetween(past, past.plusSeconds(1));
		assertThat(second).isAfter(first).isBefore(past.plusSeconds(1));
	}

	@Test
	void theSameClockInAnotherZoneMovesWithIt() {
		var utc = clock.withZone(ZoneId.of("UTC"));
		var past = Instant.parse("2026-03-02T15:07:00Z");
		clock.setTo(past);
		assertThat(utc.instant()).isBetween(past, past.plusSeconds(1));
		assertThat(utc.getZone()).isEqualTo(ZoneId.of("UTC"));
	}

	@Test
	void resetItReadsTheSystemTimeAgain() {
		clock.setTo(Instant.parse("2026-03-02T15:07:00Z"));
		clock.resetToPresent();
		var system = Clock.system(KYIV);
		var before = system.instant();
		assertThat(clock.instant()).isBetween(before, system.instant().plus(Duration.ofMillis(1)));
	}

}
