package ua.relay.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.party.CompanyDirectory;
import ua.relay.party.NewCompany;
import ua.relay.platform.Actor;
import ua.relay.platform.Role;
import ua.relay.salesorg.EmployeeId;
import ua.relay.shared.PhoneNumber;

/** Cross-selling from what similar clients buy together, with the evidence. */
@IntegrationTest
class CrossSellIT {

	@Autowired
	CrossSell crossSell;

	@Autowired
	Portfolio portfolio;

	@Autowired
	CompanyDirectory companies;

	@Autowired
	Staffing staffing;

	@Autowired
	Clock clock;

	private final String industry = "Морепродукти " + UUID.randomUUID().toString().substring(0, 6);

	private Actor head;

	private Actor manager;

	@Test
	void suggestsWhatClientsWhoBuyTheSameAlsoTakeAndShowsTheNumbers() {
		head = staffing.hire(Role.HEAD);
		manager = staffing.hire(Role.ACCOUNT_MANAGER);
		for (int i = 0; i < 4; i++) {
			client(CargoService.REFRIGERATED, CargoService.WAREHOUSING);
		}
		client(CargoService.REFRIGERATED);
		client(CargoService.REFRIGERATED);
		client(CargoService.PALLETS);
		client(CargoService.PALLETS);
		var target = client(CargoService.REFRIGERATED);

		var suggestions = crossSell.forClient(target, manager);

		assertThat(suggestions).singleElement().satisfies(s -> {
			assertThat(s.service()).isEqualTo(CargoService.WAREHOUSING);
			assertThat(s.buying()).isEqualTo(4);
			assertThat(s.likeThis()).isEqualTo(6);
			assertThat(s.lift()).isCloseTo((4.0 / 6) / (4.0 / 8), within(0.001));
		});
		var warehouseUser = client(CargoService.REFRIGERATED, CargoService.WAREHOUSING);
		assertThat(crossSell.forClient(warehouseUser, manager)).extracting(CrossSell.Suggestion::service)
			.doesNotContain(CargoService.WAREHOUSING);
	}

	private UUID client(CargoService... services) {
		long n = System.nanoTime() % 10_000_000;
		var company = companies.register(new NewCompany("Риба " + n, "ТОВ", null, industry, null, "Одеська", "Одеса",
				List.of(PhoneNumber.parse("048" + "%07d".formatted(n))), List.of())).companyId();
		var history = new ArrayList<PastOrder>();
		var today = LocalDate.now(clock);
		for (int k = 0; k < services.length; k++) {
			history.add(new PastOrder(services[k], "Перевезення", new BigDecimal("10000"), today.minusDays(10L + 20L * k)));
		}
		return portfolio.importClient(company, new EmployeeId(manager.requireEmployee()), history, head);
	}

}
