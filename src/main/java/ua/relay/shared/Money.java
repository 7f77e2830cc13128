package ua.relay.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** An amount in hryvnias (UAH), kept to the kopiyka. */
public record Money(BigDecimal amount) implements Comparable<Money> {

	public static final Money ZERO = new Money(BigDecimal.ZERO);

	public Money {
		Objects.requireNonNull(amount, "amount must not be null");
		amount = amount.setScale(2, RoundingMode.HALF_EVEN);
	}

	public static Money uah(String amount) {
		return new Money(new BigDecimal(amount));
	}

	/** An amount as a person types it in any browser: "45 000,50", "45000.50", "45 000,50 грн" (see {@link DecimalText}). */
	public static Money parse(String text) {
		return new Money(DecimalText.parse(text, 2));
	}

	public static Money uah(long amount) {
		return new Money(BigDecimal.valueOf(amount));
	}

	public Money plus(Money other) {
		return new Money(amount.add(other.amount));
	}

	public boolean isPositive() {
		return amount.signum() > 0;
	}

	@Override
	public int compareTo(Money other) {
		return amount.compareTo(other.amount);
	}

	/** As Ukrainian documents and letters write it: 45 000,50 грн. */
	public String text() {
		var symbols = new java.text.DecimalFormatSymbols();
		symbols.setGroupingSeparator('\u00a0');
		symbols.setDecimalSeparator(',');
		return new java.text.DecimalFormat("#,##0.00", symbols).format(amount.setScale(2, java.math.RoundingMode.HALF_UP))
				+ "\u00a0грн";
	}

	@Override
	public String toString() {
		return amount.toPlainString() + " UAH";
	}

}
