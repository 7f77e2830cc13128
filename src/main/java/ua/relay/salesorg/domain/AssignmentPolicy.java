package ua.relay.salesorg.domain;

import java.util.List;

import ua.relay.salesorg.Assignment;

/** The assignment rules in order; the first that speaks decides. */
public class AssignmentPolicy {

	private final List<AssignmentRule> rules;

	public AssignmentPolicy(List<AssignmentRule> rules) {
		this.rules = List.copyOf(rules);
	}

	public static AssignmentPolicy standard() {
		return new AssignmentPolicy(List.of(new ClassicOwnerRule(), new LeastLoadedSpecialistRule()));
	}

	/** A new client's account manager: the classic owner, else a specialist who fits it, else the least loaded. */
	public static AssignmentPolicy clientCare() {
		return new AssignmentPolicy(List.of(new ClassicOwnerRule(), new SpecialistFitRule(), new LeastLoadedSpecialistRule()));
	}

	/** Tier 2's distribution of new leads: the classic owner, else by capacity and current load. */
	public static AssignmentPolicy leadDistribution() {
		return new AssignmentPolicy(List.of(new ClassicOwnerRule(), new CapacityWeightedRule()));
	}

	public Assignment decide(AssignmentRequest request) {
		return rules.stream()
			.flatMap(rule -> rule.choose(request).stream())
			.findFirst()
			.orElseThrow(() -> new NoOneToAssignException(request.stage()));
	}

}
