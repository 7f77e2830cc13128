package ua.relay.salesorg.domain;

import java.util.Optional;

import ua.relay.salesorg.Assignment;
import ua.relay.salesorg.OrganisationMode;

/** In the classic model the employee who found a client carries it through every stage. */
public class ClassicOwnerRule implements AssignmentRule {

	@Override
	public Optional<Assignment> choose(AssignmentRequest request) {
		if (request.mode() != OrganisationMode.CLASSIC || request.previous() == null) {
			return Optional.empty();
		}
		return Optional.of(new Assignment(request.previous(), "reason.classic-owner"));
	}

}
