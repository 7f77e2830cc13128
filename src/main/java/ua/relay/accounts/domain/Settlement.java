package ua.relay.accounts.domain;

import java.math.BigDecimal;

import ua.relay.platform.DomainException;

/**
 * What an invoice has received against its total. A payment above what is still due is refused unless
 * the person recording it confirms the client really paid more (an overpayment, then shown as one); a
 * payment recorded by mistake is cancelled, and the invoice owes again what it no longer covers.
 */
public record Settlement(BigDecimal total, BigDecimal paid) {

	public Settlement {
		if (total.signum() <= 0 || paid.signum() < 0) {
			throw new IllegalArgumentException("An invoice is for a positive total and has paid nothing or more");
		}
	}

	public BigDecimal due() {
		return total.subtract(paid).max(BigDecimal.ZERO);
	}

	public BigDecimal overpaid() {
		return paid.subtract(total).max(BigDecimal.ZERO);
	}

	public boolean settled() {
		return paid.compareTo(total) >= 0;
	}

	/** The settlement after a payment of {@code amount}; above what is due only when {@code overpaymentConfirmed}. */
	public Settlement receive(BigDecimal amount, boolean overpaymentConfirmed) {
		if (amount == null || amount.signum() <= 0) {
			throw DomainException.invalid("payment.amount", "A payment is a positive amount");
		}
		if (settled()) {
			throw DomainException.conflict("invoice.paid", "The invoice is paid already");
		}
		if (amount.compareTo(due()) > 0 && !overpaymentConfirmed) {
			throw DomainException.invalid("payment.amount-above-due",
					"The payment of " + amount + " is above the " + due() + " still due", amount, due());
		}
		return new Settlement(total, paid.add(amount));
	}

	/** The settlement once a payment of {@code amount} it counted is cancelled. */
	public Settlement cancel(BigDecimal amount) {
		if (amount.compareTo(paid) > 0) {
			throw new IllegalStateException("Cancelling " + amount + " of " + paid + " paid");
		}
		return new Settlement(total, paid.subtract(amount));
	}

}
