package ua.relay.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.Clientele;
import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.accounts.Billing;
import ua.relay.platform.Actor;
import ua.relay.platform.Role;

/** A routed call pops its caller's card on the pages of the employee it went to, and nobody else's. */
@IntegrationTest
@AutoConfigureMockMvc
class ScreenPopIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	InboundRouting routing;

	@Autowired
	Staffing staffing;

	@Autowired
	Billing billing;

	@Autowired
	Clientele clientele;

	@Test
	void theCallReachesOnlyItsEmployeesPagesWithTheCard() throws Exception {
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		var colleague = staffing.hire(Role.ACCOUNT_MANAGER);
		var closer = staffing.hire(Role.CLOSER);
		var number = client(manager);

		var mine = mvc.perform(get("/screen-pop/stream").with(user(Staffing.principal(manager))))
			.andExpect(request().asyncStarted())
			.andReturn();
		var theirs = mvc.perform(get("/screen-pop/stream").with(user(Staffing.principal(colleague))))
			.andExpect(request().asyncStarted())
			.andReturn();

		var decision = routing.route("TEST", UUID.randomUUID().toString(), number);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> mine.getResponse().getContentAsString().contains("event:call\nid:" + decision.callId()));
		assertThat(theirs.getResponse().getContentAsString()).doesNotContain(decision.callId().toString());

		mvc.perform(get("/screen-pop/calls/" + decision.callId()).header("HX-Request", "true")
			.with(user(Staffing.principal(manager))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("caller-card")))
			.andExpect(content().string(Matchers.containsString("Екран Клієнт")))
			.andExpect(content().string(Matchers.containsString("Неоплачений рахунок")))
			.andExpect(content().string(Matchers.containsString("Останнє замовлення")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
		mvc.perform(get("/screen-pop/calls/" + decision.callId()).with(user(Staffing.principal(colleague))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/screen-pop/calls/" + decision.callId()).with(user(Staffing.principal(closer))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/screen-pop/calls/" + decision.callId()).with(user(Staffing.principal(staffing.hire(Role.ADMIN)))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Екран Клієнт")));
	}

	@Test
	void aPageOpenedJustAfterTheCallStillShowsIt() throws Exception {
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		var decision = routing.route("TEST", UUID.randomUUID().toString(), client(manager));

		var page = mvc.perform(get("/screen-pop/stream").with(user(Staffing.principal(manager))))
			.andExpect(request().asyncStarted())
			.andReturn();

		await().atMost(Duration.ofSeconds(10))
			.until(() -> page.getResponse().getContentAsString().contains(decision.callId().toString()));
	}

	/** A client of this manager, who is on shift whenever the test runs, with an order invoiced and unpaid. */
	private String client(Actor manager) {
		var client = clientele.of(manager, "Екран Клієнт");
		var order = billing.order(client.clientId(), "Перевезення Київ — Одеса", new BigDecimal("12000.00"), manager);
		billing.invoice(order, manager);
		return client.phone().e164();
	}

}
