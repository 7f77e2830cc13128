package ua.relay.accounts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A payment received against an invoice: who recorded it, whether it was confirmed as an overpayment, and,
 * once cancelled, when, by whom and why (a cancelled payment stays in the history and counts for nothing).
 */
public record PaymentView(UUID id, BigDecimal amount, LocalDate paidOn, String recordedBy, Instant recordedAt,
		boolean overpayment, Instant cancelledAt, String cancelledBy, String cancelReason) {

	public boolean cancelled() {
		return cancelledAt != null;
	}

}
