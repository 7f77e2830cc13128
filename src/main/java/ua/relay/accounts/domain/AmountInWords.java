package ua.relay.accounts.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in hryvnias as Ukrainian invoices spell it out: "Сорок вісім тисяч п'ятсот гривень 00
 * копійок". Hryvnia and thousand are feminine (одна гривня, дві тисячі), million and billion masculine
 * (два мільйони); the noun takes the form its number asks for (1 гривня, 2–4 гривні, 5–20 гривень).
 */
public final class AmountInWords {

	private static final String[] ONES_MASCULINE = { "", "один", "два", "три", "чотири", "п'ять", "шість", "сім", "вісім",
			"дев'ять" };

	private static final String[] ONES_FEMININE = { "", "одна", "дві", "три", "чотири", "п'ять", "шість", "сім", "вісім",
			"дев'ять" };

	private static final String[] TEENS = { "десять", "одинадцять", "дванадцять", "тринадцять", "чотирнадцять",
			"п'ятнадцять", "шістнадцять", "сімнадцять", "вісімнадцять", "дев'ятнадцять" };

	private static final String[] TENS = { "", "", "двадцять", "тридцять", "сорок", "п'ятдесят", "шістдесят", "сімдесят",
			"вісімдесят", "дев'яносто" };

	private static final String[] HUNDREDS = { "", "сто", "двісті", "триста", "чотириста", "п'ятсот", "шістсот", "сімсот",
			"вісімсот", "дев'ятсот" };

	private record Scale(long size, boolean feminine, String one, String few, String many) {
	}

	private static final Scale[] SCALES = { new Scale(1_000_000_000L, false, "мільярд", "мільярди", "мільярдів"),
			new Scale(1_000_000L, false, "мільйон", "мільйони", "мільйонів"),
			new Scale(1_000L, true, "тисяча", "тисячі", "тисяч") };

	private AmountInWords() {
	}

	public static String hryvnias(BigDecimal amount) {
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("An amount to pay is not negative: " + amount);
		}
		var rounded = amount.setScale(2, RoundingMode.HALF_UP);
		long whole = rounded.setScale(0, RoundingMode.DOWN).longValueExact();
		int kopecks = rounded.subtract(BigDecimal.valueOf(whole)).movePointRight(2).intValueExact();
		var words = new StringBuilder();
		long rest = whole;
		for (Scale scale : SCALES) {
			int count = (int) (rest / scale.size());
			rest %= scale.size();
			if (count > 0) {
				append(words, triple(count, scale.feminine()));
				append(words, form(count, scale.one(), scale.few(), scale.many()));
			}
		}
		if (rest > 0) {
			append(words, triple((int) rest, true));
		}
		if (whole == 0) {
			append(words, "нуль");
		}
		append(words, form(whole, "гривня", "гривні", "гривень"));
		append(words, "%02d".formatted(kopecks));
		append(words, form(kopecks, "копійка", "копійки", "копійок"));
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** A number from 1 to 999 in words. */
	private static String triple(int n, boolean feminine) {
		var words = new StringBuilder();
		append(words, HUNDREDS[n / 100]);
		int lastTwo = n % 100;
		if (lastTwo >= 10 && lastTwo < 20) {
			append(words, TEENS[lastTwo - 10]);
		}
		else {
			append(words, TENS[lastTwo / 10]);
			append(words, (feminine ? ONES_FEMININE : ONES_MASCULINE)[lastTwo % 10]);
		}
		return words.toString();
	}

	private static String form(long n, String one, String few, String many) {
		long lastTwo = n % 100;
		if (lastTwo >= 11 && lastTwo <= 14) {
			return many;
		}
		long last = n % 10;
		return last == 1 ? one : last >= 2 && last <= 4 ? few : many;
	}

	private static void append(StringBuilder words, String word) {
		if (!word.isEmpty()) {
			if (words.length() > 0) {
				words.append(' ');
			}
			words.append(word);
		}
	}

}
