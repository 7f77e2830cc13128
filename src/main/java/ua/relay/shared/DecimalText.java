package ua.relay.shared;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * A decimal number as a person types it into a page, whatever the browser's language: "45 000,50",
 * "45000,50", "45000.50", "45 000.50", "45,000.50" and "45.000,50" all mean the same amount. Spaces
 * (also non-breaking ones), apostrophes and underscores group thousands; where both a comma and a dot
 * appear, the last of them is the decimal separator; a lone separator followed by exactly three digits
 * ("1.500", "1,500") could mean either and is refused rather than guessed, as is a currency sign in
 * the wrong place or more decimals than the value keeps.
 */
public final class DecimalText {

	private static final Pattern GROUPING = Pattern.compile("[\\s\\u00a0\\u202f'’_]");

	private static final Pattern CURRENCY = Pattern.compile("(?iu)\\s*(грн\\.?|uah|₴|%)\\s*$");

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	private DecimalText() {
	}

	/**
	 * The number written in {@code text}, with at most {@code fractionDigits} digits after the separator.
	 *
	 * @throws IllegalArgumentException when the text is empty, not a number, ambiguous or too precise
	 */
	public static BigDecimal parse(String text, int fractionDigits) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("No number given");
		}
		String plain = CURRENCY.matcher(text.strip()).replaceFirst("");
		boolean negative = plain.startsWith("-") || plain.startsWith("−");
		if (negative || plain.startsWith("+")) {
			plain = plain.substring(1);
		}
		plain = GROUPING.matcher(plain).replaceAll("");
		if (plain.isEmpty()) {
			throw new IllegalArgumentException("'" + text + "' is not a number");
		}
		int comma = plain.lastIndexOf(',');
		int dot = plain.lastIndexOf('.');
		String integer;
		String fraction;
		if (comma >= 0 && dot >= 0) {
			char decimal = comma > dot ? ',' : '.';
			char group = decimal == ',' ? '.' : ',';
			int at = plain.lastIndexOf(decimal);
			integer = ungroup(plain.substring(0, at), group, text);
			fraction = plain.substring(at + 1);
		}
		else if (comma >= 0 || dot >= 0) {
			char separator = comma >= 0 ? ',' : '.';
			int first = plain.indexOf(separator);
			int last = plain.lastIndexOf(separator);
			if (first != last) { // "1.234.567": only thousands are grouped more than once
				integer = ungroup(plain, separator, text);
				fraction = "";
			}
			else {
				integer = plain.substring(0, last);
				fraction = plain.substring(last + 1);
				if (fraction.length() == 3 && fractionDigits < 3 && !integer.isEmpty() && !integer.equals("0")) {
					throw new IllegalArgumentException("'" + text + "' could be thousands or a fraction");
				}
			}
		}
		else {
			integer = plain;
			fraction = "";
		}
		if (integer.isEmpty()) {
			integer = "0";
		}
		if (!DIGITS.matcher(integer).matches() || !(fraction.isEmpty() || DIGITS.matcher(fraction).matches())) {
			throw new IllegalArgumentException("'" + text + "' is not a number");
		}
		if (fraction.length() > fractionDigits) {
			throw new IllegalArgumentException("'" + text + "' has more than " + fractionDigits + " decimals");
		}
		var value = new BigDecimal(fraction.isEmpty() ? integer : integer + "." + fraction);
		return negative ? value.negate() : value;
	}

	/** The digits of a number grouped by {@code group} every three digits, or a refusal. */
	private static String ungroup(String grouped, char group, String text) {
		String[] parts = grouped.split(Pattern.quote(String.valueOf(group)), -1);
		for (int i = 1; i < parts.length; i++) {
			if (parts[i].length() != 3 || parts[0].isEmpty()) {
				throw new IllegalArgumentException("'" + text + "' is grouped oddly");
			}
		}
		return String.join("", parts);
	}

}
