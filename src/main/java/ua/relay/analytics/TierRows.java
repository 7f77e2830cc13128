package ua.relay.analytics;

import java.math.BigDecimal;

import ua.relay.salesorg.EmployeeId;

/** Per-employee figures of each tier over a period. */
public final class TierRows {

	private TierRows() {
	}

	/** A caller: calls made, interested found, leads handed over, and how many of those tier 2 accepted and rejected. */
	public record Caller(EmployeeId id, String name, long calls, long interested, long handedOver, long accepted,
			long rejected) {

		public Double acceptedShare() {
			return accepted + rejected == 0 ? null : 100.0 * accepted / (accepted + rejected);
		}

	}

	/** A closer: leads received, accepted, rejected, first-touch deadlines missed, first sales and their revenue. */
	public record Closer(EmployeeId id, String name, long received, long accepted, long rejected, long slaBreaches,
			long firstSales, BigDecimal revenue) {
	}

	/** An account manager: clients held now, repeat orders and their revenue. */
	public record Manager(EmployeeId id, String name, long clients, long repeatOrders, BigDecimal revenue) {
	}

	/** A lead whose first touch came late (or has not come and is late). */
	public record SlaBreach(java.util.UUID leadId, String company, String closer, java.time.Instant due,
			java.time.Instant touchedAt) {
	}

}
