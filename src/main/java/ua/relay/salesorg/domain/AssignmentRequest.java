package ua.relay.salesorg.domain;

import java.util.List;

import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.OrganisationMode;
import ua.relay.salesorg.Tier;

/**
 * A company needs someone responsible at {@code stage}; {@code previous} carried it at the stage
 * before; {@code specialists} are the active employees of that stage's tier.
 */
public record AssignmentRequest(Tier stage, OrganisationMode mode, EmployeeId previous, List<Candidate> specialists) {

	public AssignmentRequest {
		specialists = List.copyOf(specialists);
	}

}
