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

	public PhoneNumber {
		Objects.requireNonNull(e164, "phone number must not be null");
		if (!e164.matches("\\+[1-9]\\d{6,14}")) {
			throw new IllegalArgumentException("Not an E.164 number: " + e164);
		}
	}

	public static PhoneNumber parse(String raw) {
		return tryParse(raw).orElseThrow(() -> new IllegalArgumentException("Not a valid phone number: " + raw));
	}

	public static Optional<PhoneNumber> tryParse(String raw) {
		if (raw == null || raw.isBlank()) {
			return Optional.empty();
		}
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

	/** For people: {@code +380 44 123 4567}. */
	public String international() {
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
