package ua.relay.analytics;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One thing a commission statement counts: what happened when, the revenue it is a share of (none for a
 * per-item rate), the rate of its day, what it earns, and where its source is kept.
 */
public record StatementItem(Instant at, CommissionKind kind, String description, BigDecimal base, BigDecimal rate,
		BigDecimal amount, String href) {
}
