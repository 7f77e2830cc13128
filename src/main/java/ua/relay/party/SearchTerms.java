package ua.relay.party;

import java.util.Optional;

import ua.relay.shared.PhoneNumber;

/**
 * What a person typed in the search box, read every way it can mean something: a company's or a
 * contact's name (normalised as names are compared, so «Зерно-Трейд» and "зерно трейд" are one), a
 * phone in any format ("067 123 45 67", "+380671234567"), an EDRPOU or tax number, a document's number.
 */
public record SearchTerms(String text, String words, Optional<PhoneNumber> phone, Optional<String> code) {

	/** Shorter than this, a query finds too much to be of use. */
	public static final int SHORTEST = 2;

	public static final int LONGEST = 200;

	public SearchTerms {
		text = cut(text);
	}

	public static SearchTerms of(String raw) {
		String text = cut(raw);
		String digits = text.replaceAll("[\\s()\\-.+]", "");
		boolean numeric = !digits.isEmpty() && digits.chars().allMatch(Character::isDigit);
		Optional<PhoneNumber> phone = numeric && digits.length() >= 9 ? PhoneNumber.tryParse(text) : Optional.empty();
		Optional<String> code = numeric && (digits.length() == 8 || digits.length() == 10) ? Optional.of(digits)
				: Optional.empty();
		return new SearchTerms(text, NameKey.nameOnly(text), phone, code);
	}

	/** The text stripped, and no longer than {@link #LONGEST}. */
	private static String cut(String raw) {
		String text = raw == null ? "" : raw.strip();
		return text.length() > LONGEST ? text.substring(0, LONGEST) : text;
	}

	/** Too short to search by. */
	public boolean isBlank() {
		return text.length() < SHORTEST || (words.length() < SHORTEST && phone.isEmpty() && code.isEmpty());
	}

	/** The text as a document's number is written: upper case, no spaces («кп-2026-7» → «КП-2026-7»). */
	public String number() {
		return text.replaceAll("\\s+", "").toUpperCase(java.util.Locale.forLanguageTag("uk"));
	}

}
