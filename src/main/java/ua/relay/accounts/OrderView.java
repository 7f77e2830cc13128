package ua.relay.accounts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An order of cargo services; {@code invoiceId} once it is invoiced. Orders brought in with an existing
 * client were invoiced before Relay and have nothing to invoice ({@code toInvoice} false).
 */
public record OrderView(UUID id, UUID clientId, CargoService service, String description, BigDecimal amount,
		Instant orderedAt, String source, UUID invoiceId) {

	public boolean toInvoice() {
		return invoiceId == null && !"IMPORTED".equals(source);
	}

}
