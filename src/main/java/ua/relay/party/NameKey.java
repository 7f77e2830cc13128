package ua.relay.party;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A company's name and city as they are compared for duplicates: «ТОВ "Нова Пошта"», Київ and
 * "нова пошта тов", м. Київ are the same company.
 */
public final class NameKey {

	private static final Pattern LEGAL_FORMS = Pattern.compile(
			"(?U)\\b(тов|пат|прат|тдв|фоп|дп|кт|пт|ат|пп|спд|llc|ltd|тзов|приватне підприємство|товариство з обмеженою відповідальністю)\\b");

	private static final Pattern NOT_A_LETTER_OR_DIGIT = Pattern.compile("(?U)[^\\p{L}\\p{Nd}]+");

	private static final Pattern CITY_PREFIX = Pattern.compile("(?U)^(м|смт|с|село|місто)\\.?\\s+");

	private NameKey() {
	}

	public static String of(String name, String city) {
		String normalisedName = normalise(LEGAL_FORMS.matcher(lower(name)).replaceAll(" "));
		String normalisedCity = normalise(CITY_PREFIX.matcher(lower(city).strip()).replaceFirst(""));
		return normalisedName + "|" + normalisedCity;
	}

	private static String lower(String value) {
		return value == null ? "" : value.toLowerCase(Locale.forLanguageTag("uk")).replace('’', '\'').replace('ʼ', '\'');
	}

	private static String normalise(String value) {
		return NOT_A_LETTER_OR_DIGIT.matcher(value).replaceAll(" ").strip();
	}

}
