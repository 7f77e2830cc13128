package ua.relay.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One entry of the plan's history: from {@code effectiveFrom} on, {@code kind} pays {@code rate}; who set it, when and why. */
public record CommissionRate(CommissionKind kind, BigDecimal rate, LocalDate effectiveFrom, String changedBy,
		Instant changedAt, String note) {
}
