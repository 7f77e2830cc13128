package ua.relay.conversion;

import java.time.Instant;

import ua.relay.party.CompanyId;
import ua.relay.prospecting.ProspectId;
import ua.relay.salesorg.EmployeeId;

/**
 * A closer turned a lead down: tier 1 gets the prospect back with the {@code reason}, unless it is
 * {@code disqualified}; the caller who handed it over is not credited with it.
 */
public record LeadRejected(LeadId leadId, ProspectId prospectId, CompanyId companyId, EmployeeId caller,
		EmployeeId closer, String reason, boolean disqualified, Instant rejectedAt) {
}
