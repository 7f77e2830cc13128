package ua.relay.salesorg.domain;

import java.util.List;

import ua.relay.salesorg.CompanyFacts;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.OrganisationMode;
import ua.relay.salesorg.Tier;

/**
 * A company needs someone responsible at {@code stage}; {@code previous} carried it at the stage
 * before; {@code specialists} are the active employees of that stage's tier; {@code company} is what
 * is known of it.
 */
public record AssignmentRequest(Tier stage, OrganisationMode mode, EmployeeId previous, List<Candidate> specialists,
		CompanyFacts company) {

	public AssignmentRequest {
		specialists = List.copyOf(specialists);
		company = company == null ? CompanyFacts.UNKNOWN : company;
	}

	public AssignmentRequest(Tier stage, OrganisationMode mode, EmployeeId previous, List<Candidate> specialists) {
		this(stage, mode, previous, specialists, CompanyFacts.UNKNOWN);
	}

}
