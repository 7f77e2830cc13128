package ua.relay.salesorg.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import ua.relay.salesorg.CompanyFacts;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.OrganisationMode;
import ua.relay.salesorg.Specialisation;
import ua.relay.salesorg.Tier;

class SpecialistFitRuleTests {

	private final SpecialistFitRule rule = new SpecialistFitRule();

	private final CompanyFacts agroInLviv = new CompanyFacts("Агро", "MEDIUM", "Львівська");

	private static Candidate manager(String name, int load, Specialisation serves) {
		return new Candidate(EmployeeId.random(), name, load, 20, true, true, null, serves);
	}

	private AssignmentRequest request(List<Candidate> managers) {
		return new AssignmentRequest(Tier.AM, OrganisationMode.THREE_TIER, EmployeeId.random(), managers, agroInLviv);
	}

	@Test
	void aClientGoesToTheLeastLoadedSpecialistWhoFitsIt() {
		var general = manager("Загальний", 0, Specialisation.ANY);
		var agroBusy = manager("Агро зайнятий", 9, Specialisation.parse("агро; Харчова промисловість", "", ""));
		var agroFree = manager("Агро вільний", 3, Specialisation.parse("Агро", "MEDIUM;LARGE", "Львівська"));
		var retail = manager("Рітейл", 0, Specialisation.parse("Роздрібна торгівля", "", ""));

		var chosen = rule.choose(request(List.of(general, agroBusy, agroFree, retail))).orElseThrow();

		assertThat(chosen.employee()).isEqualTo(agroFree.id());
		assertThat(chosen.reason()).isEqualTo("reason.specialist-fit|AM|3");
	}

	@Test
	void everySetDimensionMustFitAndNobodyFittingMeansNoSay() {
		var wrongRegion = manager("Київ", 0, Specialisation.parse("Агро", "", "Київська"));
		var general = manager("Загальний", 0, Specialisation.ANY);
		assertThat(rule.choose(request(List.of(wrongRegion, general)))).isEmpty();
		assertThat(AssignmentPolicy.clientCare().decide(request(List.of(wrongRegion, general))).reason())
			.startsWith("reason.three-tier-least-loaded");
	}

	@Test
	void aSpecialistOnADayOffIsPassedOver() {
		var away = new Candidate(EmployeeId.random(), "Відпустка", 0, 20, false, true, null, Specialisation.parse("Агро", "", ""));
		assertThat(rule.choose(request(List.of(away)))).isEmpty();
	}

}
