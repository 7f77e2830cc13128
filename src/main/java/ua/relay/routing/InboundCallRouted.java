package ua.relay.routing;

import java.time.Instant;
import java.util.UUID;

import ua.relay.party.CompanyId;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Tier;

/** An inbound call was routed: to {@code employee} (none when it went to a tier's queue), about {@code company}. */
public record InboundCallRouted(UUID callId, String callerNumber, CompanyId company, EmployeeId employee, Tier tier,
		String reason, Instant at) {
}
