package ua.relay.salesorg;

import java.time.Instant;

import ua.relay.party.CompanyId;

/** An employee became responsible for a company at a stage. */
public record ResponsibilityAssigned(CompanyId companyId, Tier stage, EmployeeId employeeId, OrganisationMode mode,
		String reason, Instant assignedAt) {
}
