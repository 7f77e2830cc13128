package ua.relay.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PlaybookRuleTests {

	private final PlaybookRule.ClientFacts agroSilent = new PlaybookRule.ClientFacts("Агробізнес", "MEDIUM", 60,
			List.of("Рефрижераторна доставка Одеса — Київ", "Збірний вантаж"), 14.0);

	private static PlaybookRule rule(String industry, String size, Integer min, Integer max, String bought, Integer perYear) {
		return new PlaybookRule(UUID.randomUUID(), 1, "Правило", industry, size, min, max, bought, perYear, "Зателефонувати",
				"Запитати про сезон");
	}

	@Test
	void aRuleFitsWhenEveryConditionItSetsFits() {
		assertThat(rule(null, null, null, null, null, null).fits(agroSilent)).as("no conditions: everyone").isTrue();
		assertThat(rule("агробізнес", "MEDIUM", 45, 90, "рефрижератор", 12).fits(agroSilent)).isTrue();
		assertThat(rule("Меблі", null, null, null, null, null).fits(agroSilent)).isFalse();
		assertThat(rule(null, "LARGE", null, null, null, null).fits(agroSilent)).isFalse();
		assertThat(rule(null, null, 90, null, null, null).fits(agroSilent)).isFalse();
		assertThat(rule(null, null, null, 30, null, null).fits(agroSilent)).isFalse();
		assertThat(rule(null, null, null, null, "будматеріали", null).fits(agroSilent)).isFalse();
		assertThat(rule(null, null, null, null, null, 20).fits(agroSilent)).isFalse();
	}

	@Test
	void aRuleNeedsItsWordsAndSensibleDays() {
		assertThatThrownBy(() -> new PlaybookRule(UUID.randomUUID(), 1, " ", null, null, null, null, null, null, "Дія", ""))
			.isInstanceOf(ua.relay.platform.DomainException.class);
		assertThatThrownBy(() -> rule(null, null, 60, 30, null, null)).hasMessageContaining("smaller");
	}

}
