package ua.relay.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommonPasswordsTests {

	@ParameterizedTest
	@ValueSource(strings = { "Password1234", "qwerty123456", "123456789012", "aaaaaaaaaaaa", "123123123123", "abcabcabcabc",
			"asdfghjklkjh", "0987654321098", "йцукенгшщзхї", "ЙЦУКЕНГШЩЗХЇ", "1q2w3e4r5t6y", "slavaukraini" })
	void refusesWhatIsGuessedFirst(String password) {
		assertThat(CommonPasswords.guessable(password)).isTrue();
		assertThatThrownBy(() -> UserManagement.checkNewPassword("olena", password))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("password.password-common"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "не-простий-пароль-2026", "зелений трамвай о сьомій", "Kavun-Lypen-Dzherelo", "власний-пароль-каси" })
	void acceptsWhatIsNot(String password) {
		assertThat(CommonPasswords.guessable(password)).isFalse();
		UserManagement.checkNewPassword("olena", password);
	}

}
