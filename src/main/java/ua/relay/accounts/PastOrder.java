package ua.relay.accounts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** An order an existing client placed before the company used Relay: what, for how much, on which day. */
public record PastOrder(String description, BigDecimal amount, LocalDate orderedOn) {

	public PastOrder {
		Objects.requireNonNull(orderedOn, "orderedOn");
		if (description == null || description.isBlank() || description.length() > 500) {
			throw new IllegalArgumentException("A past order says what was ordered, in up to 500 characters");
		}
		if (amount == null || amount.signum() <= 0) {
			throw new IllegalArgumentException("A past order is for a positive amount");
		}
	}

}
