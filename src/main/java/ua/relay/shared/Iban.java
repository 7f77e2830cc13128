package ua.relay.shared;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;

/**
 * An international bank account number with its check digits verified (ISO 13616, mod 97); a Ukrainian
 * one (UA) has 29 characters. Written without spaces; {@link #grouped()} for people.
 */
public record Iban(String value) {

	private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

	public Iban {
		Objects.requireNonNull(value, "IBAN must not be null");
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not a valid IBAN: " + value);
		}
	}

	/** Accepts spaces and lower case as people type them. */
	public static Iban of(String raw) {
		return new Iban(normalise(raw));
	}

	public static boolean isValid(String raw) {
		if (raw == null) {
			return false;
		}
		String iban = normalise(raw);
		if (!iban.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")) {
			return false;
		}
		if (iban.startsWith("UA") && (iban.length() != 29 || !iban.substring(4).matches("\\d{25}"))) {
			return false;
		}
		var digits = new StringBuilder();
		for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
			digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
		}
		return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
	}

	/** In groups of four: {@code UA21 3223 1300 …}. */
	public String grouped() {
		return value.replaceAll("(.{4})(?!$)", "$1 ");
	}

	private static String normalise(String raw) {
		return raw.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return value;
	}

}
