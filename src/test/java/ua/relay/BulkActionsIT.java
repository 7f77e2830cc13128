package ua.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.accounts.Portfolio;
import ua.relay.conversion.ConversionQueries;
import ua.relay.conversion.Pipeline;
import ua.relay.platform.Role;

/**
 * What a list does to the rows ticked: a closer moves deals to a stage (one somebody changed meanwhile stays
 * put, and the page says so), the head gives clients to another account manager, and nobody else may.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabase.class)
@AutoConfigureMockMvc
class BulkActionsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	Deals deals;

	@Autowired
	Clientele clientele;

	@Autowired
	ConversionQueries conversion;

	@Autowired
	Pipeline pipeline;

	@Autowired
	Portfolio portfolio;

	@Test
	void aCloserMovesTheTickedDealsAndOneChangedMeanwhileStaysWhereItIs() throws Exception {
		var closer = staffing.hire(Role.CLOSER);
		var first = deals.openFor(closer);
		var second = deals.openFor(closer);
		String target = pipeline.stages().open().get(1).code();
		mvc.perform(post("/conversion/deals/move").with(user(Staffing.principal(closer))).with(csrf())
			.param("deal", first.id().value() + ":" + first.version())
			.param("deal", second.id().value() + ":" + (second.version() - 1))
			.param("stage", target))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "inbox.moved-some"));
		assertThat(conversion.deal(first.id(), closer).stage()).isEqualTo(target);
		assertThat(conversion.deal(second.id(), closer).stage()).isEqualTo(second.stage());

		var other = staffing.hire(Role.CLOSER);
		var now = conversion.deal(first.id(), closer);
		mvc.perform(post("/conversion/deals/move").with(user(Staffing.principal(other))).with(csrf())
			.param("deal", now.id().value() + ":" + now.version())
			.param("stage", pipeline.stages().open().get(0).code()))
			.andExpect(status().is4xxClientError());
		assertThat(conversion.deal(first.id(), closer).stage()).as("another closer's deal").isEqualTo(target);
	}

	@Test
	void theClosedDealsPageIsReadFromTheDatabaseAPageAtATime() {
		var closer = staffing.hire(Role.CLOSER);
		var won = deals.openFor(closer);
		pipeline.win(won.id(), ua.relay.shared.Money.uah(10_000), closer);
		var page = conversion.closedDeals(closer, 1);
		assertThat(page.total()).isEqualTo(1);
		assertThat(page.items()).extracting(d -> d.id()).containsExactly(won.id());
		var head = staffing.hire(Role.HEAD);
		var all = conversion.closedDeals(head, 1);
		assertThat(all.total()).isGreaterThanOrEqualTo(1);
		assertThat(all.items()).hasSizeLessThanOrEqualTo(ua.relay.platform.ListPage.SIZE);
		assertThat(conversion.closedDeals(head, all.pages() + 5).page()).as("past the end: the last page").isEqualTo(all.pages());
	}

	@Test
	void theHeadGivesTheTickedClientsToAnotherManagerAndAManagerMayNot() throws Exception {
		var from = staffing.hire(Role.ACCOUNT_MANAGER);
		var to = staffing.hire(Role.ACCOUNT_MANAGER);
		var one = clientele.of(from, "Передача");
		var two = clientele.of(from, "Передача");
		mvc.perform(post("/accounts/clients/reassign").with(user(Staffing.principal(from))).with(csrf())
			.param("client", one.clientId().toString()).param("manager", to.requireEmployee().toString()))
			.andExpect(status().isForbidden());

		mvc.perform(post("/accounts/clients/reassign").with(user(Staffing.principal(staffing.hire(Role.HEAD)))).with(csrf())
			.param("client", one.clientId().toString()).param("client", two.clientId().toString())
			.param("manager", to.requireEmployee().toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "clients.reassigned"));
		assertThat(portfolio.clients(to)).extracting(c -> c.id()).contains(one.clientId(), two.clientId());
		assertThat(portfolio.clients(from)).isEmpty();
	}

}
