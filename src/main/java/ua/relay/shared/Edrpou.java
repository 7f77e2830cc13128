package ua.relay.shared;

import java.util.Objects;

/**
 * The 8-digit code of a Ukrainian legal entity in the state register (ЄДРПОУ), with its check digit
 * verified by the register's own algorithm.
 */
public record Edrpou(String value) {

	private static final int[] LOW_WEIGHTS = { 1, 2, 3, 4, 5, 6, 7 };

	private static final int[] MIDDLE_WEIGHTS = { 7, 1, 2, 3, 4, 5, 6 };

	public Edrpou {
		Objects.requireNonNull(value, "EDRPOU must not be null");
		if (value.length() != 8 || !allDigits(value)) {
			throw new IllegalArgumentException("EDRPOU must have 8 digits: " + value);
		}
		if (checkDigit(value.substring(0, 7)) != value.charAt(7) - '0') {
			throw new IllegalArgumentException("EDRPOU check digit is wrong: " + value);
		}
	}

	public static Edrpou of(String raw) {
		String digits = raw == null ? "" : raw.strip();
		if (digits.length() >= 5 && digits.length() <= 7 && allDigits(digits)) {
			digits = "0".repeat(8 - digits.length()) + digits; // spreadsheets drop leading zeros
		}
		return new Edrpou(digits);
	}

	public static boolean isValid(String raw) {
		try {
			of(raw);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean allDigits(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	/** Completes seven digits with the check digit the register would give them. */
	public static Edrpou withCheckDigit(String firstSeven) {
		if (!firstSeven.matches("\\d{7}")) {
			throw new IllegalArgumentException("Seven digits expected: " + firstSeven);
		}
		return new Edrpou(firstSeven + checkDigit(firstSeven));
	}

	static int checkDigit(String firstSeven) {
		long number = Long.parseLong(firstSeven) * 10;
		int[] weights = number < 30_000_000L || number > 60_000_000L ? LOW_WEIGHTS : MIDDLE_WEIGHTS;
		int remainder = weightedSum(firstSeven, weights, 0) % 11;
		if (remainder == 10) {
			remainder = weightedSum(firstSeven, weights, 2) % 11;
		}
		return remainder == 10 ? 0 : remainder;
	}

	private static int weightedSum(String digits, int[] weights, int shift) {
		int sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += (digits.charAt(i) - '0') * (weights[i] + shift);
		}
		return sum;
	}

	@Override
	public String toString() {
		return value;
	}

}
