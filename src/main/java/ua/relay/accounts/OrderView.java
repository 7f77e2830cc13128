package ua.relay.accounts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An order of cargo services; {@code invoiceId} once it is invoiced. */
public record OrderView(UUID id, UUID clientId, CargoService service, String description, BigDecimal amount,
		Instant orderedAt, String source, UUID invoiceId) {
}
