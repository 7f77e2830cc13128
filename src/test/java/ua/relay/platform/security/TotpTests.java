package ua.relay.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238's test vectors (SHA-1, the last six of its eight digits), the drift allowed, and no code twice. */
class TotpTests {

	private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({ "59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924", "2000000000, 279037",
			"20000000000, 353130" })
	void theCodesAreRfc6238s(long seconds, String code) {
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(seconds)))).isEqualTo(code);
	}

	@Test
	void aCodeIsAcceptedAStepEitherWayAndOnlyOnce() {
		String secret = Totp.base32(RFC_SECRET);
		assertThat(Totp.fromBase32(secret)).isEqualTo(RFC_SECRET);
		var now = Instant.ofEpochSecond(1234567890);
		long step = Totp.step(now);
		String previous = Totp.code(RFC_SECRET, step - 1);
		assertThat(Totp.verify(secret, previous, now, 0)).hasValue(step - 1);
		assertThat(Totp.verify(secret, "005 924", now, 0)).as("as an app groups it").hasValue(step);
		assertThat(Totp.verify(secret, "005924", now, step)).as("used already").isEmpty();
		assertThat(Totp.verify(secret, Totp.code(RFC_SECRET, step - 2), now, 0)).as("too old").isEmpty();
		assertThat(Totp.verify(secret, "12345", now, 0)).isEmpty();
		assertThat(Totp.verify(secret, null, now, 0)).isEmpty();
	}

	@Test
	void aNewSecretIs160BitsInBase32() {
		assertThat(Totp.newSecret()).matches("[A-Z2-7]{32}");
		assertThat(Totp.uri("Relay · Скіф", "olena", "JBSWY3DPEHPK3PXP")).startsWith("otpauth://totp/Relay%20%C2%B7%20")
			.contains("secret=JBSWY3DPEHPK3PXP");
	}

}
