package ua.relay.shared;

import java.util.Objects;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/**
 * A valid phone number in E.164 form ({@code +380441234567}). {@link #parse(String)} accepts what
 * people and spreadsheets write in Ukraine: national {@code 044 123 45 67}, the old trunk prefix
 * {@code 8 044 …}, {@code 380…} without the plus, and any punctuation.
 */
public record PhoneNumber(String e164) {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	private static final String DEFAULT_REGION = "UA";

	private static final int UKRAINE = 380;

	public PhoneNumber {
		Objects.requireNonNull(e164, "phone number must not be null");
		if (!isE164(e164)) {
			throw new IllegalArgumentException("Not an E.164 number: " + e164);
		}
	}

	private static boolean isE164(String text) {
		if (text.length() < 8 || text.length() > 16 || text.charAt(0) != '+' || text.charAt(1) < '1') {
			return false;
		}
		for (int i = 1; i < text.length(); i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	/** The number's digits as one number, a compact key for indexes held in memory. */
	public long digits() {
		return Long.parseLong(e164, 1, e164.length(), 10);
	}

	public static PhoneNumber parse(String raw) {
		return tryParse(raw).orElseThrow(() -> new IllegalArgumentException("Not a valid phone number: " + raw));
	}

	public static Optional<PhoneNumber> tryParse(String raw) {
		if (raw == null || raw.isBlank()) {
			return Optional.empty();
		}
		var ukrainian = ukrainianNationalNumber(raw);
		if (ukrainian != null) {
			// the common case, without the general parser's cost: nine national digits, checked by the same rules
			var number = new com.google.i18n.phonenumbers.Phonenumber.PhoneNumber().setCountryCode(UKRAINE)
				.setNationalNumber(Long.parseLong(ukrainian));
			return UTIL.isValidNumber(number) ? Optional.of(new PhoneNumber("+380" + ukrainian)) : Optional.empty();
		}
		return parseGenerally(raw);
	}

	/** The general parser, for any number in any form; {@link #tryParse} gives the same answers faster. */
	static Optional<PhoneNumber> parseGenerally(String raw) {
		String candidate = repairUkrainianPrefixes(raw.strip());
		try {
			var parsed = UTIL.parse(candidate, DEFAULT_REGION);
			if (!UTIL.isValidNumber(parsed)) {
				return Optional.empty();
			}
			return Optional.of(new PhoneNumber(UTIL.format(parsed, PhoneNumberFormat.E164)));
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The nine national digits of a number written the Ukrainian ways (0XX…, 8 0XX…, 380…, +380…, or nine
	 * digits that lost their 0) with only spaces, brackets, dashes and dots between; null for anything
	 * else, which goes to the general parser.
	 */
	private static String ukrainianNationalNumber(String raw) {
		var digits = new StringBuilder(14);
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
			else if (c == '+' ? digits.length() > 0 : " ()-.\u00a0\t".indexOf(c) < 0) {
				return null;
			}
		}
		boolean plus = raw.strip().startsWith("+");
		int length = digits.length();
		String national;
		if (length == 12 && digits.indexOf("380") == 0) {
			national = digits.substring(3);
		}
		else if (plus) {
			return null;
		}
		else if (length == 10 && digits.charAt(0) == '0') {
			national = digits.substring(1);
		}
		else if (length == 11 && digits.indexOf("80") == 0) {
			national = digits.substring(2);
		}
		else if (length == 9 && digits.charAt(0) != '0') {
			national = digits.toString();
		}
		else {
			return null;
		}
		return national.charAt(0) == '0' ? null : national;
	}

	private static String repairUkrainianPrefixes(String raw) {
		if (raw.startsWith("+")) {
			return raw;
		}
		String digits = raw.replaceAll("\\D", "");
		if (digits.length() == 11 && digits.startsWith("80")) {
			return "+3" + digits; // the Soviet-era trunk prefix: 8 044 … is +380 44 …
		}
		if (digits.length() == 12 && digits.startsWith("380")) {
			return "+" + digits;
		}
		if (digits.length() == 9 && !digits.startsWith("0")) {
			return "0" + digits; // a spreadsheet stored the number as a number and lost the leading 0
		}
		return raw;
	}

	/**
	 * For people, grouped as Ukrainians read a number aloud: {@code +380 67 235 76 36}, {@code +380 44 765 43 21};
	 * a foreign number as its own country groups it.
	 */
	public String international() {
		if (e164.startsWith("+380") && e164.length() == 13) {
			String n = e164.substring(4);
			return "+380 " + n.substring(0, 2) + " " + n.substring(2, 5) + " " + n.substring(5, 7) + " " + n.substring(7);
		}
		try {
			return UTIL.format(UTIL.parse(e164, DEFAULT_REGION), PhoneNumberFormat.INTERNATIONAL);
		}
		catch (NumberParseException ex) {
			return e164;
		}
	}

	@Override
	public String toString() {
		return e164;
	}

}
