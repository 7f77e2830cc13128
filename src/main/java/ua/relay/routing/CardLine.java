package ua.relay.routing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of a caller's card: an {@code open} item (a deal, an unpaid invoice, a reminder) or a past contact;
 * {@code label} is a message code, {@code text} the data, {@code amount} a sum in UAH if it has one,
 * {@code href} where it is kept (or null).
 */
public record CardLine(boolean open, String label, String text, BigDecimal amount, String href, Instant at) {

	public static CardLine open(String label, String text, String href, Instant at) {
		return new CardLine(true, label, text, null, href, at);
	}

	public static CardLine contact(String label, String text, String href, Instant at) {
		return new CardLine(false, label, text, null, href, at);
	}

	public CardLine withAmount(BigDecimal sum) {
		return new CardLine(open, label, text, sum, href, at);
	}

}
