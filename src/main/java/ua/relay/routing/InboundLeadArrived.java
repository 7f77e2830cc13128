package ua.relay.routing;

import java.time.Instant;
import java.util.UUID;

import ua.relay.party.CompanyId;
import ua.relay.salesorg.EmployeeId;

/**
 * A new caller reached tier 2: a lead for {@code closer} about {@code company}, identified by the call,
 * so a redelivery creates nothing twice.
 */
public record InboundLeadArrived(UUID callId, CompanyId company, EmployeeId closer, String reason, String callerNumber,
		Instant at) {
}
