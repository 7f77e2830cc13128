package ua.relay.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicHolidaysTests {

	@ParameterizedTest
	@CsvSource({ "2024-05-05", "2025-04-20", "2026-04-12", "2027-05-02", "2028-04-16", "2029-04-08", "2030-04-28" })
	void easterFollowsTheJulianPaschalion(LocalDate easter) {
		assertThat(PublicHolidays.easter(easter.getYear())).isEqualTo(easter);
		assertThat(PublicHolidays.of(easter.getYear())).extracting(CompanySettings.Holiday::day)
			.contains(easter, easter.plusDays(49));
	}

	@Test
	void theYearsHolidaysAreTheLabourCodesSince2023InDateOrder() {
		assertThat(PublicHolidays.of(2027)).extracting(CompanySettings.Holiday::day)
			.containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 8), LocalDate.of(2027, 5, 1),
					LocalDate.of(2027, 5, 2), LocalDate.of(2027, 5, 8), LocalDate.of(2027, 6, 20),
					LocalDate.of(2027, 6, 28), LocalDate.of(2027, 7, 15), LocalDate.of(2027, 8, 24),
					LocalDate.of(2027, 10, 1), LocalDate.of(2027, 12, 25));
		assertThat(PublicHolidays.of(2027)).allSatisfy(h -> assertThat(h.name()).isNotBlank());
	}

	@Test
	void aYearOutsideThePaschalionsRangeIsRefused() {
		assertThatThrownBy(() -> PublicHolidays.of(2100)).isInstanceOf(DomainException.class)
			.hasMessageContaining("2100");
	}

}
