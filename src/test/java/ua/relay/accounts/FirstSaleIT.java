package ua.relay.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.conversion.LeadInbox;
import ua.relay.conversion.Pipeline;
import ua.relay.party.CompanyDirectory;
import ua.relay.party.NewCompany;
import ua.relay.party.SizeBand;
import ua.relay.platform.Role;
import ua.relay.prospecting.LeadHandedOver;
import ua.relay.prospecting.ProspectId;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Organisation;
import ua.relay.salesorg.OrganisationMode;
import ua.relay.salesorg.Responsibilities;
import ua.relay.salesorg.Specialisation;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.Tier;
import ua.relay.shared.Money;
import ua.relay.shared.PhoneNumber;

/**
 * Won is the first sale: the company becomes a client of the account manager who specialises in
 * companies like it, with its first order and the request to invoice it.
 */
@IntegrationTest
class FirstSaleIT {

	@Autowired
	Staffing staffing;

	@Autowired
	CompanyDirectory companies;

	@Autowired
	LeadInbox inbox;

	@Autowired
	Pipeline pipeline;

	@Autowired
	Responsibilities responsibilities;

	@Autowired
	Portfolio portfolio;

	@Autowired
	Staff staff;

	@Autowired
	Organisation organisation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aWonCompanyGoesToTheAccountManagerWhoSpecialisesInItWithItsFirstOrderToInvoice() {
		organisation.switchTo(OrganisationMode.THREE_TIER, staffing.hire(Role.HEAD));
		String industry = "Рефрижераторні перевезення " + UUID.randomUUID().toString().substring(0, 6);
		var specialist = staffing.hire(Role.ACCOUNT_MANAGER);
		var specialistId = new EmployeeId(specialist.requireEmployee());
		staff.setSpecialisation(specialistId, Specialisation.parse(industry, "MEDIUM", ""));
		staffing.hire(Role.ACCOUNT_MANAGER); // as free as the specialist, but no specialist in this industry
		var caller = new EmployeeId(staffing.hire(Role.CALLER).requireEmployee());
		staffing.hire(Role.CLOSER);
		long n = System.nanoTime() % 10_000_000;
		var company = companies.register(new NewCompany("Холод Логістик " + n, "ТОВ", null, industry, SizeBand.MEDIUM,
				"Київська", "Бровари", List.of(PhoneNumber.parse("067" + "%07d".formatted(n))), List.of())).companyId();
		var leadId = inbox.receive(new LeadHandedOver(UUID.randomUUID(), ProspectId.random(), company, caller,
				"Возять заморожене", false, List.of(), null, clock.instant()));
		var closer = Staffing.as(responsibilities.responsible(company, Tier.LC).orElseThrow(), Role.CLOSER);

		var deal = inbox.accept(leadId, closer);
		pipeline.win(deal, Money.uah(96_000), closer);

		var manager = await().atMost(Duration.ofSeconds(20))
			.until(() -> responsibilities.responsible(company, Tier.AM), Optional::isPresent)
			.get();
		assertThat(manager).isEqualTo(specialistId);
		var client = await().atMost(Duration.ofSeconds(20))
			.until(() -> portfolio.clients(specialist).stream().filter(c -> c.company().id().equals(company)).findFirst(),
					Optional::isPresent)
			.get();
		assertThat(client.assignedReason()).startsWith("reason.specialist-fit|AM|");
		assertThat(client.invoicesToIssue()).isEqualTo(1);
		assertThat(jdbc.sql("select amount from accounts_order where client_id = ? and source = 'FIRST_SALE'")
			.param(client.id())
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("96000");
	}

}
