package ua.relay.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "45 000,50", "45000,50", "45000.50", "45 000.50", "45,000.50", "45.000,50", "45\u00a0000,50",
			"45\u202f000,50", "45’000,50", " 45000,5 ", "45 000,50 грн", "45000,50 UAH", "45000.50₴", "+45000,50" })
	void anAmountMeansTheSameHoweverTheBrowserOrThePersonWritesIt(String typed) {
		assertThat(DecimalText.parse(typed, 2)).isEqualByComparingTo("45000.50");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.500", "1,500", "45,000", "12.345" })
	void aLoneSeparatorBeforeThreeDigitsCouldMeanEitherAndIsRefused(String typed) {
		assertThatThrownBy(() -> DecimalText.parse(typed, 2)).hasMessageContaining("could be thousands");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "-", "abc", "12a", "1e5", "45 000,505", "1.2.3", "1,23,456", "45,00,0", "грн", "--5" })
	void whatIsNoAmountIsRefused(String typed) {
		assertThatThrownBy(() -> DecimalText.parse(typed, 2)).isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1 234 567", "1.234.567", "1,234,567", "1 234 567,00", "1234567" })
	void thousandsGroupedAnyWayAreThousands(String typed) {
		assertThat(DecimalText.parse(typed, 2)).isEqualByComparingTo("1234567");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0,6667", "0.6667", ",6667", "66,67 %" })
	void ratesKeepTheirDecimals(String typed) {
		assertThat(DecimalText.parse(typed, 4).remainder(BigDecimal.ONE).signum()).isPositive();
	}

	/** Seeded: any amount printed in the ways people write it reads back as itself. */
	@ParameterizedTest
	@MethodSource("amounts")
	void anyAmountWrittenInUkrainianOrEnglishReadsBack(BigDecimal amount) {
		var uk = new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("uk")));
		var en = new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.US));
		assertThat(DecimalText.parse(uk.format(amount), 2)).isEqualByComparingTo(amount);
		assertThat(DecimalText.parse(en.format(amount), 2)).isEqualByComparingTo(amount);
		assertThat(DecimalText.parse(amount.toPlainString(), 2)).isEqualByComparingTo(amount);
		assertThat(Money.parse(amount.toPlainString().replace('.', ','))).isEqualTo(new Money(amount));
	}

	static Stream<BigDecimal> amounts() {
		var random = new Random(20261201L);
		return Stream.generate(() -> BigDecimal.valueOf(random.nextLong(1, 10_000_000_000L), 2).setScale(2, RoundingMode.UNNECESSARY))
			.limit(200);
	}

}
