package ua.relay.party;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A company's name and city as they are compared for duplicates: «ТОВ "Нова Пошта"», Київ and
 * "нова пошта тов", м. Київ are the same company, and so is «TOB "Hoвa Пошта"» typed with Latin letters
 * that look Cyrillic (in a Ukrainian name, a word of such letters, or a word that mixes them with
 * Cyrillic, is read as Cyrillic).
 */
public final class NameKey {

	private static final Pattern LEGAL_FORMS = Pattern.compile(
			"(?U)\\b(тов|tob|пат|прат|тдв|фоп|дп|кт|пт|ат|пп|спд|llc|ltd|тзов|приватне підприємство|товариство з обмеженою відповідальністю)\\b");

	private static final Pattern NOT_A_LETTER_OR_DIGIT = Pattern.compile("(?U)[^\\p{L}\\p{Nd}]+");

	private static final Pattern WORD = Pattern.compile("(?U)\\p{L}+");

	private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

	/** Latin letters, lower-cased, and the Cyrillic ones they are mistaken for (their capitals look the same). */
	private static final String LATIN = "abcehikmoptxy";

	private static final String CYRILLIC_TWINS = "авсенікмортху";

	private static final Pattern CITY_PREFIX = Pattern.compile("(?U)^(м|смт|с|село|місто)(?:\\.\\s*|\\s+)");

	private NameKey() {
	}

	/** The width of the column the key is kept in: a longer name is compared by its beginning. */
	public static final int MAX_LENGTH = 400;

	public static String of(String name, String city) {
		String normalisedName = normalise(LEGAL_FORMS.matcher(lower(name)).replaceAll(" "));
		String normalisedCity = normalise(CITY_PREFIX.matcher(lower(city).strip()).replaceFirst(""));
		if (normalisedCity.length() > MAX_LENGTH / 4) {
			normalisedCity = normalisedCity.substring(0, MAX_LENGTH / 4);
		}
		int room = MAX_LENGTH - 1 - normalisedCity.length();
		if (normalisedName.length() > room) {
			normalisedName = normalisedName.substring(0, room);
		}
		return normalisedName + "|" + normalisedCity;
	}

	/** A name alone as it is compared (a search's words against the keys): no legal form, no punctuation. */
	public static String nameOnly(String name) {
		return normalise(LEGAL_FORMS.matcher(lower(name)).replaceAll(" "));
	}

	private static String lower(String value) {
		String lower = value == null ? "" : value.toLowerCase(Locale.forLanguageTag("uk")).replace('’', '\'').replace('ʼ', '\'');
		return CYRILLIC.matcher(lower).find() ? WORD.matcher(lower).replaceAll(word -> cyrillic(word.group())) : lower;
	}

	/** A word of look-alikes only, or one that mixes them with Cyrillic, in Cyrillic; any other word as it is. */
	private static String cyrillic(String word) {
		boolean mixed = CYRILLIC.matcher(word).find();
		var folded = new StringBuilder(word.length());
		for (int i = 0; i < word.length(); i++) {
			char c = word.charAt(i);
			int latin = LATIN.indexOf(c);
			if (latin >= 0) {
				folded.append(CYRILLIC_TWINS.charAt(latin));
			}
			else if (mixed) {
				folded.append(c);
			}
			else {
				return word; // a Latin letter with no Cyrillic twin: a Latin word
			}
		}
		return folded.toString();
	}

	private static String normalise(String value) {
		return NOT_A_LETTER_OR_DIGIT.matcher(value).replaceAll(" ").strip();
	}

}
