package ua.relay.routing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of a caller's card: an {@code open} item (a deal, an unpaid invoice, a reminder) or a past contact;
 * {@code label} is a message code, {@code text} the data, {@code amount} a sum in UAH if it has one,
 * {@code href} where it is kept (or null), {@code due} the day it is due (an invoice, a reminder),
 * {@code seconds} how long a call took.
 */
public record CardLine(boolean open, String label, String text, BigDecimal amount, String href, Instant at,
		java.time.LocalDate due, Integer seconds) {

	public static CardLine open(String label, String text, String href, Instant at) {
		return new CardLine(true, label, text, null, href, at, null, null);
	}

	public static CardLine contact(String label, String text, String href, Instant at) {
		return new CardLine(false, label, text, null, href, at, null, null);
	}

	public CardLine withAmount(BigDecimal sum) {
		return new CardLine(open, label, text, sum, href, at, due, seconds);
	}

	public CardLine dueOn(java.time.LocalDate day) {
		return new CardLine(open, label, text, amount, href, at, day, seconds);
	}

	public CardLine lasting(Integer callSeconds) {
		return new CardLine(open, label, text, amount, href, at, due, callSeconds);
	}

}
