package ua.relay.conversion;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

import java.time.Duration;
import java.util.Optional;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.Deals;
import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.platform.Role;
import ua.relay.salesorg.Responsibilities;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.Tier;
import ua.relay.shared.Money;

/** A won deal's page says which account manager took the client, and links to the client for whoever may open it. */
@IntegrationTest
@AutoConfigureMockMvc
class WonDealPageIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	Deals deals;

	@Autowired
	Pipeline pipeline;

	@Autowired
	Responsibilities responsibilities;

	@Autowired
	Staff staff;

	@Test
	void theCloserReadsWhoTookTheClientAndTheHeadFollowsTheLinkToIt() throws Exception {
		staffing.hire(Role.ACCOUNT_MANAGER);
		var closer = staffing.hire(Role.CLOSER);
		var deal = deals.openFor(closer);
		pipeline.win(deal.id(), Money.uah(30_000), closer);
		var manager = await().atMost(Duration.ofSeconds(20))
			.until(() -> responsibilities.responsible(deal.company().id(), Tier.AM), Optional::isPresent)
			.map(staff::get)
			.get();

		mvc.perform(get("/conversion/deals/{id}", deal.id().value()).with(user(Staffing.principal(closer))))
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("id=\"handed-to\""),
					Matchers.containsString(manager.fullName()), Matchers.not(Matchers.containsString("/of-company/")))));
		var head = user(Staffing.principal(staffing.hire(Role.HEAD)));
		mvc.perform(get("/conversion/deals/{id}", deal.id().value()).with(head))
			.andExpect(content().string(Matchers.containsString("/accounts/clients/of-company/" + deal.company().id().value())));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc
			.perform(get("/accounts/clients/of-company/{id}", deal.company().id().value()).with(head))
			.andExpect(redirectedUrlPattern("/accounts/clients/*")));
	}

}
