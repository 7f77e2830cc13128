package ua.relay.conversion;

import java.time.Instant;
import java.time.LocalDate;

import ua.relay.party.CompanyId;
import ua.relay.salesorg.EmployeeId;

/** A deal was lost, for {@code reason}; the company goes back to tier 1 on {@code recontactOn}. */
public record DealLost(DealId dealId, LeadId leadId, CompanyId companyId, EmployeeId closer, String reason,
		LocalDate recontactOn, Instant lostAt) {
}
