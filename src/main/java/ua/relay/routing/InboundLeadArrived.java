package ua.relay.routing;

import java.time.Instant;
import java.util.UUID;

import ua.relay.party.CompanyId;
import ua.relay.salesorg.EmployeeId;

/**
 * A new caller (or a web form) reached tier 2: a lead for {@code closer} about {@code company}, with the
 * {@code note} it arrives with, identified by the call or the form, so a redelivery creates nothing twice.
 */
public record InboundLeadArrived(UUID callId, CompanyId company, EmployeeId closer, String reason, String note,
		Instant at) {
}
