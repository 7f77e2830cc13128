package ua.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ua.relay.accounts.Portfolio;
import ua.relay.conversion.ConversionQueries;
import ua.relay.conversion.LeadInbox;
import ua.relay.conversion.LeadView;
import ua.relay.conversion.Pipeline;
import ua.relay.party.CompanyId;
import ua.relay.platform.Actor;
import ua.relay.platform.Role;
import ua.relay.prospecting.CallOutcome;
import ua.relay.prospecting.CallQueue;
import ua.relay.prospecting.CallerNumbers;
import ua.relay.prospecting.ProspectingQueries;
import ua.relay.prospecting.CallReport;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Organisation;
import ua.relay.salesorg.OrganisationMode;
import ua.relay.salesorg.ResponsibilityMatrix;
import ua.relay.salesorg.Responsibilities;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.Tier;
import ua.relay.shared.Money;

/** One client through all three tiers, in either organisation model, with the real events between them. */
@IntegrationTest
class RelayFlowIT {

	private static final Duration DELIVERY = Duration.ofSeconds(20);

	@Autowired
	Staffing staffing;

	@Autowired
	Prospects prospects;

	@Autowired
	CallQueue queue;

	@Autowired
	LeadInbox inbox;

	@Autowired
	Pipeline pipeline;

	@Autowired
	ConversionQueries conversion;

	@Autowired
	Portfolio portfolio;

	@Autowired
	Responsibilities responsibilities;

	@Autowired
	ResponsibilityMatrix matrix;

	@Autowired
	Organisation organisation;

	@Autowired
	Staff staff;

	@Autowired
	ProspectingQueries callerNumbers;

	private Actor head;

	@AfterEach
	void backToThreeTiers() {
		if (head != null) {
			organisation.switchTo(OrganisationMode.THREE_TIER, head);
		}
	}

	@Test
	void aProspectTravelsFromCallerToCloserToAccountManagerInThreeTiers() {
		head = staffing.hire(Role.HEAD);
		organisation.switchTo(OrganisationMode.THREE_TIER, head);
		var caller = staffing.hire(Role.CALLER);
		staffing.hire(Role.CLOSER);
		staffing.hire(Role.ACCOUNT_MANAGER);
		prospects.queueOne();

		var card = queue.next(caller).orElseThrow();
		CompanyId company = card.company().id();
		queue.record(card.id(), CallReport.of(CallOutcome.INTERESTED, "Везуть 20 т щотижня Київ — Львів"), caller);

		var closer = awaitResponsible(company, Tier.LC);
		assertThat(staff.get(closer).tier()).isEqualTo(Tier.LC);
		var closerActor = Staffing.as(closer, Role.CLOSER);
		LeadView lead = await().atMost(DELIVERY).until(() -> leadOf(closerActor, company), Optional::isPresent).get();
		assertThat(lead.callerNote()).isEqualTo("Везуть 20 т щотижня Київ — Львів");
		assertThat(lead.caller()).isEqualTo(caller.username());

		var deal = inbox.accept(lead.id(), closerActor);
		pipeline.win(deal, Money.uah(48_500), closerActor);

		var manager = awaitResponsible(company, Tier.AM);
		assertThat(staff.get(manager).tier()).isEqualTo(Tier.AM);
		var client = await().atMost(DELIVERY)
			.until(() -> portfolio.clients(Staffing.as(manager, Role.ACCOUNT_MANAGER)).stream()
				.filter(c -> c.company().id().equals(company)).findFirst(), Optional::isPresent)
			.get();
		assertThat(client.firstSaleAmount()).isEqualByComparingTo("48500.00");

		var numbers = callerNumbers.perCaller(java.time.Instant.now().minusSeconds(3600), java.time.Instant.now().plusSeconds(60))
			.stream().filter(n -> n.caller().equals(caller.username())).findFirst().orElseThrow();
		assertThat(numbers).as("the caller is credited with the lead accepted and the first sale")
			.extracting(CallerNumbers::calls, CallerNumbers::connects, CallerNumbers::handedOver, CallerNumbers::accepted,
					CallerNumbers::firstSales)
			.containsExactly(1L, 1L, 1L, 1L, 1L);

		var row = matrixRow(company);
		assertThat(row.at(Tier.LG)).isEqualTo(caller.username());
		assertThat(row.at(Tier.LC)).isEqualTo(staff.get(closer).fullName());
		assertThat(row.at(Tier.AM)).isEqualTo(staff.get(manager).fullName());
		assertThat(row.classicOwner()).isEqualTo(caller.username());
	}

	@Test
	void inTheClassicModelTheEmployeeWhoFoundTheClientCarriesItThroughEveryStage() {
		head = staffing.hire(Role.HEAD);
		organisation.switchTo(OrganisationMode.CLASSIC, head);
		var seller = staffing.hire(Role.CALLER);
		prospects.queueOne();

		var card = queue.next(seller).orElseThrow();
		CompanyId company = card.company().id();
		queue.record(card.id(), CallReport.of(CallOutcome.INTERESTED, "Потрібна доставка палет"), seller);

		assertThat(awaitResponsible(company, Tier.LC).value()).isEqualTo(seller.employeeId());
		var lead = await().atMost(DELIVERY).until(() -> leadOf(seller, company), Optional::isPresent).get();
		var deal = inbox.accept(lead.id(), seller);
		pipeline.win(deal, Money.uah(12_000), seller);

		assertThat(awaitResponsible(company, Tier.AM).value()).isEqualTo(seller.employeeId());
		await().atMost(DELIVERY).until(() -> portfolio.clients(seller).stream()
			.anyMatch(c -> c.company().id().equals(company)));
		var row = matrixRow(company);
		assertThat(row.threeTier().values()).containsOnly(seller.username());
		assertThat(row.classicOwner()).isEqualTo(seller.username());
	}

	private EmployeeId awaitResponsible(CompanyId company, Tier stage) {
		return await().atMost(DELIVERY)
			.until(() -> responsibilities.responsible(company, stage), Optional::isPresent)
			.get();
	}

	private Optional<LeadView> leadOf(Actor closer, CompanyId company) {
		return conversion.newLeads(closer).stream().filter(l -> l.company().id().equals(company)).findFirst();
	}

	private ua.relay.salesorg.MatrixRow matrixRow(CompanyId company) {
		return matrix.page(0, 50).rows().stream().filter(r -> r.companyId().equals(company)).findFirst().orElseThrow();
	}

}
