package ua.relay.platform.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.format.Formatter;

import ua.relay.shared.DecimalText;
import ua.relay.shared.Money;

/**
 * How numbers travel between a page's text fields and the forms' records. Money and rates are typed as
 * text (never {@code <input type=number>}, which an English-locale browser reads "45000,50" in as
 * 4500050): whatever way a person writes them is read by {@link DecimalText}; a field is filled in the
 * page's language ("45 000,50" in Ukrainian, "45,000.50" in English).
 */
final class TypedNumbers {

	/** The most decimals a rate or a measure typed into a page keeps. */
	private static final int DECIMALS = 6;

	private TypedNumbers() {
	}

	static Formatter<Money> money() {
		return new Formatter<>() {

			@Override
			public Money parse(String text, Locale locale) {
				return Money.parse(text);
			}

			@Override
			public String print(Money money, Locale locale) {
				return format(money.amount(), locale, 2, 2);
			}

		};
	}

	static Formatter<BigDecimal> decimal() {
		return new Formatter<>() {

			@Override
			public BigDecimal parse(String text, Locale locale) {
				return DecimalText.parse(text, DECIMALS);
			}

			@Override
			public String print(BigDecimal number, Locale locale) {
				return format(number, locale, 0, DECIMALS);
			}

		};
	}

	/** A number as the language writes it: "45 000,50" in Ukrainian, "45,000.50" in English. */
	static String format(BigDecimal number, Locale locale, int minDecimals, int maxDecimals) {
		var symbols = DecimalFormatSymbols.getInstance(Locale.ENGLISH);
		if (!"en".equals(locale.getLanguage())) {
			symbols.setGroupingSeparator('\u00a0');
			symbols.setDecimalSeparator(',');
		}
		var format = new DecimalFormat("#,##0", symbols);
		format.setMinimumFractionDigits(minDecimals);
		format.setMaximumFractionDigits(maxDecimals);
		return format.format(number);
	}

}
