package ua.relay.salesorg.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.OrganisationMode;
import ua.relay.salesorg.Tier;

class AssignmentPolicyTests {

	private final EmployeeId caller = EmployeeId.random();

	private final Candidate busy = new Candidate(EmployeeId.random(), "Богдан", 7);

	private final Candidate free = new Candidate(EmployeeId.random(), "Ігор", 2);

	private final Candidate alsoFree = new Candidate(EmployeeId.random(), "Антон", 2);

	private final AssignmentPolicy policy = AssignmentPolicy.standard();

	@Test
	void classicModeKeepsTheCompanyWithItsOwner() {
		var assignment = policy.decide(new AssignmentRequest(Tier.LC, OrganisationMode.CLASSIC, caller, List.of(busy, free)));
		assertThat(assignment.employee()).isEqualTo(caller);
		assertThat(assignment.reason()).contains("classic");
	}

	@Test
	void threeTierModeGivesTheCompanyToTheLeastLoadedSpecialistByName() {
		var assignment = policy
			.decide(new AssignmentRequest(Tier.LC, OrganisationMode.THREE_TIER, caller, List.of(busy, free, alsoFree)));
		assertThat(assignment.employee()).isEqualTo(alsoFree.id());
		assertThat(assignment.reason()).isEqualTo("reason.three-tier-least-loaded|LC|2");
	}

	@Test
	void threeTierModeWithoutSpecialistsSaysSo() {
		assertThatThrownBy(() -> policy.decide(new AssignmentRequest(Tier.AM, OrganisationMode.THREE_TIER, caller, List.of())))
			.isInstanceOf(NoOneToAssignException.class)
			.hasMessageContaining("AM");
	}

	@Test
	void classicRuleAbstainsInThreeTierMode() {
		assertThat(new ClassicOwnerRule()
			.choose(new AssignmentRequest(Tier.LC, OrganisationMode.THREE_TIER, caller, List.of(free)))).isEmpty();
	}

}
