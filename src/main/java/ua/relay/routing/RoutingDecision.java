package ua.relay.routing;

import java.util.UUID;

import ua.relay.party.CompanyId;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Tier;

/**
 * Where an inbound call goes: to an employee (or, when nobody is named, the queue of a tier), for which
 * company, and why ({@code reason} is a message code with its arguments after "|").
 */
public record RoutingDecision(UUID callId, EmployeeId employee, String employeeName, Tier tier, String queue,
		CompanyId company, String reason) {
}
