package ua.relay.salesorg.domain;

import java.util.Optional;

import ua.relay.salesorg.Assignment;

/** One rule of who takes a company at the next stage; it abstains where it has no say. */
public interface AssignmentRule {

	Optional<Assignment> choose(AssignmentRequest request);

}
