package ua.relay.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EdrpouTests {

	@ParameterizedTest
	// real codes of the state register: ПриватБанк, Укрзалізниця, Нова Пошта, Ощадбанк
	@ValueSource(strings = { "14360570", "40075815", "31316718", "00032129" })
	void acceptsRegisteredCodes(String code) {
		assertThat(Edrpou.of(code).value()).isEqualTo(code);
	}

	@ParameterizedTest
	@ValueSource(strings = { "14360571", "40075810", "1436057", "abcdefgh", "", "143605700" })
	void rejectsWrongCheckDigitsAndShapes(String code) {
		assertThatIllegalArgumentException().isThrownBy(() -> Edrpou.of(code));
	}

	@ParameterizedTest
	@ValueSource(strings = { "32129" })
	void restoresLeadingZerosASpreadsheetDropped(String code) {
		assertThat(Edrpou.of(code).value()).isEqualTo("00032129");
	}

	static Stream<String> seededSevenDigits() {
		var random = new Random(42);
		return IntStream.range(0, 200).mapToObj(i -> String.format("%07d", random.nextInt(10_000_000)));
	}

	@ParameterizedTest
	@MethodSource("seededSevenDigits")
	void everyCompletedCodeValidatesAndEveryOtherLastDigitFails(String firstSeven) {
		var code = Edrpou.withCheckDigit(firstSeven);
		assertThat(Edrpou.isValid(code.value())).isTrue();
		int right = code.value().charAt(7) - '0';
		for (int digit = 0; digit <= 9; digit++) {
			if (digit != right) {
				assertThat(Edrpou.isValid(firstSeven + digit)).as(firstSeven + digit).isFalse();
			}
		}
	}

}
