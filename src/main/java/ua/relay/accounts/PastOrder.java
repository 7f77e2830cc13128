package ua.relay.accounts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** An order an existing client placed before the company used Relay: which service (if known), what, for how much, when. */
public record PastOrder(CargoService service, String description, BigDecimal amount, LocalDate orderedOn) {

	public PastOrder(String description, BigDecimal amount, LocalDate orderedOn) {
		this(null, description, amount, orderedOn);
	}

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
