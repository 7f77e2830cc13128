package ua.relay.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ua.relay.analytics.domain.RateTable;

/** A rate applies from its own day on; the days before keep the one they had. */
class RateTableTests {

	private static CommissionRate rate(String value, String from, String changedAt) {
		return new CommissionRate(CommissionKind.FIRST_SALE, new BigDecimal(value), LocalDate.parse(from), "head",
				Instant.parse(changedAt), null);
	}

	@Test
	void aMidMonthChangeAppliesFromItsDay() {
		var table = new RateTable(List.of(rate("5", "2000-01-01", "2000-01-01T00:00:00Z"),
				rate("7", "2026-11-15", "2026-11-10T09:00:00Z")));

		assertThat(table.rateOn(CommissionKind.FIRST_SALE, LocalDate.parse("2026-11-14"))).isEqualByComparingTo("5");
		assertThat(table.rateOn(CommissionKind.FIRST_SALE, LocalDate.parse("2026-11-15"))).isEqualByComparingTo("7");
		assertThat(table.rateOn(CommissionKind.FIRST_SALE, LocalDate.parse("2026-12-01"))).isEqualByComparingTo("7");
	}

	@Test
	void ofTwoChangesForTheSameDayTheLaterCounts() {
		var table = new RateTable(List.of(rate("8", "2026-11-15", "2026-11-10T10:00:00Z"),
				rate("7", "2026-11-15", "2026-11-10T09:00:00Z")));

		assertThat(table.rateOn(CommissionKind.FIRST_SALE, LocalDate.parse("2026-11-20"))).isEqualByComparingTo("8");
	}

	@Test
	void nothingIsPaidBeforeAnyRate() {
		var table = new RateTable(List.of(rate("7", "2026-11-15", "2026-11-10T09:00:00Z")));

		assertThat(table.rateOn(CommissionKind.FIRST_SALE, LocalDate.parse("2026-11-01"))).isZero();
		assertThat(table.rateOn(CommissionKind.REPEAT_SALE, LocalDate.parse("2026-11-20"))).isZero();
	}

}
