package ua.relay.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.party.CompanyDirectory;
import ua.relay.party.CompanyId;
import ua.relay.party.NewCompany;
import ua.relay.platform.Actor;
import ua.relay.platform.Role;
import ua.relay.platform.web.Period;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Organisation;
import ua.relay.salesorg.OrganisationMode;
import ua.relay.salesorg.Responsibilities;
import ua.relay.salesorg.Tier;

/** The matrix over a period shows everyone who held a company at each stage, in the model of their time. */
@IntegrationTest
class MatrixReportIT {

	@Autowired
	MatrixReport report;

	@Autowired
	Responsibilities responsibilities;

	@Autowired
	Organisation organisation;

	@Autowired
	CompanyDirectory companies;

	@Autowired
	Staffing staffing;

	@Autowired
	Clock clock;

	@Test
	void aRelayedCompanyMeetsThreePeopleAndAClassicOneMeetsOne() {
		var head = staffing.hire(Role.HEAD);
		var caller = employee(Role.CALLER);
		var closer = employee(Role.CLOSER);
		var otherCloser = employee(Role.CLOSER);
		var manager = employee(Role.ACCOUNT_MANAGER);
		var relayed = company();
		responsibilities.recordLeadGeneration(relayed, caller);
		responsibilities.assignTo(relayed, Tier.LC, closer, "test");
		responsibilities.reassign(relayed, Tier.LC, otherCloser);
		responsibilities.assignTo(relayed, Tier.AM, manager, "test");
		var classic = company();
		var owner = employee(Role.CALLER);
		organisation.switchTo(OrganisationMode.CLASSIC, head);
		try {
			responsibilities.recordLeadGeneration(classic, owner);
			responsibilities.assignTo(classic, Tier.LC, owner, "test");
			responsibilities.assignTo(classic, Tier.AM, owner, "test");
		}
		finally {
			organisation.switchTo(OrganisationMode.THREE_TIER, head);
		}
		var today = LocalDate.now(clock);
		var period = new Period(today, today);

		var page = report.companies(period, 0, 100_000);

		var first = page.companies().stream().filter(c -> c.id().equals(relayed.value())).findFirst().orElseThrow();
		assertThat(first.stages().get(Tier.LC)).extracting(MatrixReport.Holder::mode).containsOnly(OrganisationMode.THREE_TIER);
		assertThat(first.stages().get(Tier.LC)).hasSize(2);
		assertThat(first.people()).isEqualTo(4);
		var second = page.companies().stream().filter(c -> c.id().equals(classic.value())).findFirst().orElseThrow();
		assertThat(second.people()).isEqualTo(1);
		assertThat(second.stages().values()).allSatisfy(holders -> assertThat(holders)
			.extracting(MatrixReport.Holder::mode).containsOnly(OrganisationMode.CLASSIC));

		var spread = report.spread(period);
		assertThat(spread).filteredOn(s -> s.id().equals(owner)).singleElement().satisfies(s -> {
			assertThat(s.held(OrganisationMode.CLASSIC, Tier.LG)).isEqualTo(1);
			assertThat(s.held(OrganisationMode.CLASSIC, Tier.AM)).isEqualTo(1);
			assertThat(s.held(OrganisationMode.THREE_TIER, Tier.LG)).isZero();
		});
		assertThat(report.models(period)).extracting(MatrixReport.Model::mode)
			.containsExactly(OrganisationMode.values());
		assertThat(report.models(period)).filteredOn(m -> m.mode() == OrganisationMode.CLASSIC)
			.singleElement().satisfies(m -> assertThat(m.companies()).isPositive());
		assertThat(report.companies(new Period(today.plusYears(30), today.plusYears(30)), 0, 10).companies())
			.as("a period of its own, years away").isNotEmpty(); // what is in force still is held then
	}

	private EmployeeId employee(Role role) {
		Actor actor = staffing.hire(role);
		return new EmployeeId(actor.requireEmployee());
	}

	private CompanyId company() {
		return companies.register(new NewCompany("Матриця " + UUID.randomUUID(), "ТОВ", null, null, null, null, "Київ",
				List.of(), List.of())).companyId();
	}

}
