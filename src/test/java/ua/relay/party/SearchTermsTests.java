package ua.relay.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ua.relay.party.domain.Trigrams;

class SearchTermsTests {

	@ParameterizedTest
	@CsvSource({ "067 123 45 67", "(067) 123-45-67", "+380671234567", "380 67 123 4567", "0671234567" })
	void aPhoneIsReadInAnyOfTheWaysPeopleWriteIt(String typed) {
		assertThat(SearchTerms.of(typed).phone()).hasValueSatisfying(p -> assertThat(p.e164()).isEqualTo("+380671234567"));
	}

	@Test
	void eightOrTenDigitsAreAlsoACodeAndANameIsNeitherPhoneNorCode() {
		assertThat(SearchTerms.of("4355 6788").code()).contains("43556788");
		assertThat(SearchTerms.of("0671234567").code()).contains("0671234567");
		var name = SearchTerms.of("ТОВ «Зерно-Трейд»");
		assertThat(name.phone()).isEmpty();
		assertThat(name.code()).isEmpty();
		assertThat(name.words()).isEqualTo("зерно трейд");
	}

	@Test
	void aSingleLetterIsTooShortToSearchBy() {
		assertThat(SearchTerms.of(" а ").isBlank()).isTrue();
		assertThat(SearchTerms.of("ТОВ").isBlank()).isTrue();
		assertThat(SearchTerms.of("зе").isBlank()).isFalse();
	}

	@Test
	void aDocumentsNumberIsReadInUpperCaseWithoutSpaces() {
		assertThat(SearchTerms.of(" кп-2026-0007 ").number()).isEqualTo("КП-2026-0007");
	}

	@Test
	void aMisspeltOrHyphenatedNameHoldsMostOfTheWordsTrigramsAndAnotherNameFewOfThem() {
		assertThat(Trigrams.wordSimilarity("зерно трейд", "зерно трейд|київ")).isEqualTo(1.0);
		assertThat(Trigrams.wordSimilarity("зерно трейт", "зерно трейд|київ")).isGreaterThan(Trigrams.THRESHOLD);
		assertThat(Trigrams.wordSimilarity(NameKey.nameOnly("Зерно Трейд"), NameKey.of("Зерно-Трейд", "Київ")))
			.isEqualTo(1.0);
		assertThat(Trigrams.wordSimilarity("зерно трейд", "нова пошта|київ")).isLessThan(Trigrams.THRESHOLD);
	}

}
