package ua.relay.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTests {

	@ParameterizedTest
	@ValueSource(strings = { "UA743052990000026007233566001", "ua74 3052 9900 0002 6007 2335 6600 1", "GB82WEST12345698765432",
			"DE89370400440532013000" })
	void acceptsValidNumbersWrittenAnyWay(String raw) {
		assertThat(Iban.isValid(raw)).isTrue();
		assertThat(Iban.of(raw).value()).doesNotContain(" ").isUpperCase();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "UA", "UA753052990000026007233566001", "UA74305299000002600723356600", "UA74305299000002600723356600A",
			"GB82WEST12345698765433" })
	void refusesWrongCheckDigitsLengthsAndLetters(String raw) {
		assertThat(Iban.isValid(raw)).isFalse();
		assertThatThrownBy(() -> Iban.of(raw)).isInstanceOf(IllegalArgumentException.class);
	}

	/** Every single-digit slip in a valid Ukrainian IBAN is caught (mod 97 catches all of them). */
	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void catchesEverySingleDigitSlip(long seed) {
		var random = new Random(seed);
		for (int n = 0; n < 200; n++) {
			var bban = new StringBuilder("305299");
			for (int i = 0; i < 19; i++) {
				bban.append(random.nextInt(10));
			}
			int check = 98 - new BigInteger(bban + "301000").mod(BigInteger.valueOf(97)).intValue();
			String iban = "UA%02d%s".formatted(check, bban);
			assertThat(Iban.isValid(iban)).as(iban).isTrue();
			int at = 4 + random.nextInt(25);
			char slipped = (char) ('0' + (iban.charAt(at) - '0' + 1 + random.nextInt(9)) % 10);
			assertThat(Iban.isValid(iban.substring(0, at) + slipped + iban.substring(at + 1))).isFalse();
		}
		assertThat(Iban.of("UA743052990000026007233566001").grouped()).isEqualTo("UA74 3052 9900 0002 6007 2335 6600 1");
	}

}
