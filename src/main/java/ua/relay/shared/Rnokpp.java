package ua.relay.shared;

import java.util.Objects;

/**
 * A person's tax number in the state register of taxpayers (РНОКПП, formerly ІПН): ten digits, the last
 * a check digit. A sole trader (ФОП) is known by it where a legal entity has its EDRPOU code.
 */
public record Rnokpp(String value) {

	private static final int[] WEIGHTS = { -1, 5, 7, 9, 4, 6, 10, 5, 7 };

	public Rnokpp {
		Objects.requireNonNull(value, "RNOKPP must not be null");
		if (!value.matches("\\d{10}")) {
			throw new IllegalArgumentException("RNOKPP must have 10 digits: " + value);
		}
		if (checkDigit(value) != value.charAt(9) - '0') {
			throw new IllegalArgumentException("RNOKPP check digit is wrong: " + value);
		}
	}

	public static boolean isValid(String raw) {
		return raw != null && raw.matches("\\d{10}") && checkDigit(raw) == raw.charAt(9) - '0';
	}

	/** Completes nine digits with the check digit the register would give them. */
	public static Rnokpp withCheckDigit(String firstNine) {
		if (!firstNine.matches("\\d{9}")) {
			throw new IllegalArgumentException("Nine digits expected: " + firstNine);
		}
		return new Rnokpp(firstNine + checkDigit(firstNine));
	}

	private static int checkDigit(String digits) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += (digits.charAt(i) - '0') * WEIGHTS[i];
		}
		return Math.floorMod(sum, 11) % 10;
	}

	@Override
	public String toString() {
		return value;
	}

}
