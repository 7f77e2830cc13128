package ua.relay.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"ТОВ «Світанок»|Київ|TOB «Cвітанок»|м. Київ",
			"ТОВ \"Нова Пошта\"|Київ|нова пошта тов|м.Київ",
			"ПП «Мехбуд»|Львів|ПП «Mexбуд»|Львів",
			"ТОВ «Агро-Ресурс»|Умань|TOB «Aгpo-Pecypc»|Умань" })
	void theSameCompanyHowever(String name, String city, String asTyped, String cityAsTyped) {
		assertThat(NameKey.of(asTyped, cityAsTyped)).isEqualTo(NameKey.of(name, city));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "ACME Ltd|acme|київ", "Bosch Україна|bosch україна|львів", "TOB Cargo|cargo|львів" })
	void aLatinWordStaysLatin(String name, String key, String city) {
		assertThat(NameKey.of(name, city)).isEqualTo(key + "|" + city);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "300|100", "400|400", "1|400" })
	void neverLongerThanItsColumn(int nameLength, int cityLength) {
		assertThat(NameKey.of("Н".repeat(nameLength), "К".repeat(cityLength))).hasSizeLessThanOrEqualTo(NameKey.MAX_LENGTH);
	}

}
