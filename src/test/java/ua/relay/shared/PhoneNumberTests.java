package ua.relay.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"044 123 45 67        | +380441234567",
			"(044) 123-45-67      | +380441234567",
			"+380 44 123 45 67    | +380441234567",
			"380441234567         | +380441234567",
			"8 044 123 45 67      | +380441234567",
			"8(044)1234567        | +380441234567",
			"0671234567           | +380671234567",
			"671234567            | +380671234567",
			"+48 22 123 45 67     | +48221234567" })
	void normalisesWhatPeopleWriteToE164(String raw, String e164) {
		assertThat(PhoneNumber.parse(raw).e164()).isEqualTo(e164);
	}

	/**
	 * The fast path for Ukrainian numbers gives exactly what the general parser gives, on numbers of
	 * every operator and area code (valid and not) written in the ways people write them.
	 */
	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void readsUkrainianNumbersFastAsTheGeneralParserReadsThem(long seed) {
		var random = new Random(seed);
		String[] shapes = { "0%s", "+380%s", "380%s", "8 0%s", "%s", "(0%s)", "+38 (0%s)", "0%s-", "8-0%s" };
		for (int i = 0; i < 20_000; i++) {
			String national = String.valueOf(100_000_000 + random.nextInt(900_000_000));
			String spaced = random.nextBoolean() ? national
					: national.substring(0, 2) + " " + national.substring(2, 5) + "-" + national.substring(5, 7) + " "
							+ national.substring(7);
			String raw = shapes[random.nextInt(shapes.length)].formatted(spaced);
			assertThat(PhoneNumber.tryParse(raw)).as(raw).isEqualTo(PhoneNumber.parseGenerally(raw));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "12", "044 123", "not a phone", "+380 00 000 00 00" })
	void refusesWhatIsNoPhoneNumber(String raw) {
		assertThat(PhoneNumber.tryParse(raw)).isEmpty();
	}

	@org.junit.jupiter.api.Test
	void peopleReadAUkrainianNumberInPairsAfterTheOperatorsCode() {
		org.assertj.core.api.Assertions.assertThat(PhoneNumber.parse("0672357636").international()).isEqualTo("+380 67 235 76 36");
		org.assertj.core.api.Assertions.assertThat(PhoneNumber.parse("044 765 43 21").international()).isEqualTo("+380 44 765 43 21");
		org.assertj.core.api.Assertions.assertThat(PhoneNumber.parse("+48 22 123 45 67").international()).startsWith("+48 22");
	}

}
