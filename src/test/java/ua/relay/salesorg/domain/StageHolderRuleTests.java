package ua.relay.salesorg.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import ua.relay.platform.DomainException;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.EmployeeView;
import ua.relay.salesorg.OrganisationMode;
import ua.relay.salesorg.Specialisation;
import ua.relay.salesorg.Tier;

class StageHolderRuleTests {

	@Test
	void inThreeTiersOnlyTheStagesOwnTierMayHoldIt() {
		assertThatCode(() -> StageHolderRule.check(employee(Tier.AM, true), Tier.AM, OrganisationMode.THREE_TIER))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> StageHolderRule.check(employee(Tier.LG, true), Tier.AM, OrganisationMode.THREE_TIER))
			.isInstanceOfSatisfying(DomainException.class, ex -> org.assertj.core.api.Assertions.assertThat(ex.code())
				.isEqualTo("assignment.wrong-tier"));
	}

	@Test
	void inTheClassicModelAnySalespersonMayHoldAnyStageButNotTheHead() {
		assertThatCode(() -> StageHolderRule.check(employee(Tier.LG, true), Tier.AM, OrganisationMode.CLASSIC))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> StageHolderRule.check(employee(null, true), Tier.AM, OrganisationMode.CLASSIC))
			.hasMessageContaining("does not work");
	}

	@Test
	void someoneWhoLeftHoldsNothing() {
		assertThatThrownBy(() -> StageHolderRule.check(employee(Tier.AM, false), Tier.AM, OrganisationMode.THREE_TIER))
			.isInstanceOfSatisfying(DomainException.class, ex -> org.assertj.core.api.Assertions.assertThat(ex.code())
				.isEqualTo("assignment.inactive"));
	}

	private static EmployeeView employee(Tier tier, boolean active) {
		return new EmployeeView(EmployeeId.random(), "Юлія Савченко", tier, null, tier == null, active, null, 10,
				Specialisation.ANY, null);
	}

}
