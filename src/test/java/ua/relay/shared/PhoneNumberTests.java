package ua.relay.shared;

import static org.assertj.core.api.Assertions.assertThat;

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

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "12", "044 123", "not a phone", "+380 00 000 00 00" })
	void refusesWhatIsNoPhoneNumber(String raw) {
		assertThat(PhoneNumber.tryParse(raw)).isEmpty();
	}

}
