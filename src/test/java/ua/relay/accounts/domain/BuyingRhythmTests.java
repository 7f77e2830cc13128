package ua.relay.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuyingRhythmTests {

	private static final LocalDate START = LocalDate.of(2025, 1, 6);

	/** Orders every {@code interval} days, each a few days early or late (seeded). */
	private static List<LocalDate> regular(int interval, int count, long seed) {
		var random = new Random(seed);
		var days = new ArrayList<LocalDate>();
		for (int i = 0; i < count; i++) {
			days.add(START.plusDays((long) i * interval + random.nextInt(5) - 2));
		}
		return days;
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void aRegularClientIsExpectedOneOfItsIntervalsAfterItsLastOrder(long seed) {
		var orders = regular(21, 12, seed);
		var rhythm = BuyingRhythm.of(orders, 45);
		assertThat(rhythm.intervalDays()).isBetween(19, 23);
		assertThat(rhythm.fromOwnHistory()).isTrue();
		assertThat(rhythm.nextExpected()).isEqualTo(orders.get(11).plusDays(rhythm.intervalDays()));
		assertThat(rhythm.basis()).isEqualTo("median");
	}

	@Test
	void oneOddGapDoesNotMoveTheInterval() {
		var orders = new ArrayList<>(List.of(START, START.plusDays(14), START.plusDays(28), START.plusDays(42),
				START.plusDays(150), START.plusDays(164), START.plusDays(178)));
		var rhythm = BuyingRhythm.of(orders, 30);
		assertThat(rhythm.intervalDays()).isEqualTo(14);
		assertThat(rhythm.nextExpected()).isEqualTo(START.plusDays(192));
	}

	@Test
	void aSingleOrderTakesTheSegmentsInterval() {
		var rhythm = BuyingRhythm.of(List.of(START), 35);
		assertThat(rhythm.fromOwnHistory()).isFalse();
		assertThat(rhythm.basis()).isEqualTo("segment");
		assertThat(rhythm.nextExpected()).isEqualTo(START.plusDays(35));
		assertThat(BuyingRhythm.of(List.of(START, START.plusDays(10)), 35).nextExpected()).as("one gap is not a rhythm")
			.isEqualTo(START.plusDays(45));
	}

	@Test
	void aSeasonalClientIsExpectedWhenItsSeasonComesBack() {
		// a grain trader ships every 3 weeks from mid-July to mid-October, two seasons running
		var orders = new ArrayList<LocalDate>();
		for (int year = 2024; year <= 2025; year++) {
			for (var day = LocalDate.of(year, 7, 15); !day.isAfter(LocalDate.of(year, 10, 20)); day = day.plusDays(21)) {
				orders.add(day);
			}
		}
		var rhythm = BuyingRhythm.of(orders, 30);
		assertThat(rhythm.intervalDays()).isEqualTo(21);
		assertThat(rhythm.basis()).isEqualTo("season");
		assertThat(rhythm.nextExpected()).isEqualTo(LocalDate.of(2026, 7, 15));
		assertThat(rhythm.atRisk(LocalDate.of(2026, 1, 10))).as("quiet in winter, as every winter").isFalse();
	}

	@Test
	void aClientWellBeyondItsRhythmIsAtRisk() {
		var rhythm = BuyingRhythm.of(regular(21, 6, 7), 30);
		var last = rhythm.lastPurchase();
		assertThat(rhythm.due(last.plusDays(rhythm.intervalDays() - 1))).isFalse();
		assertThat(rhythm.due(last.plusDays(rhythm.intervalDays()))).isTrue();
		assertThat(rhythm.atRisk(last.plusDays(rhythm.intervalDays() + 5))).isFalse();
		assertThat(rhythm.atRisk(last.plusDays(2L * rhythm.intervalDays() + 1))).isTrue();
	}

}
