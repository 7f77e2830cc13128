package ua.relay.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.Clientele;
import ua.relay.Staffing;
import ua.relay.TestDatabase;
import ua.relay.platform.Notifications;
import ua.relay.platform.Role;

/**
 * An account manager is told once of their client's invoice that passed its due day unpaid, nobody else is,
 * and their clients' page lists it.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabase.class)
@AutoConfigureMockMvc
class OverdueNoticesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	Clientele clientele;

	@Autowired
	Billing billing;

	@Autowired
	OverdueNotices overdue;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anInvoiceTurnedOverdueIsToldToItsManagerOnce() throws Exception {
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		var client = clientele.of(manager, "Прострочка");
		var invoice = billing.invoice(billing.order(client.clientId(), "Перевезення", new BigDecimal("1000"), manager),
				manager);
		jdbc.sql("update accounts_invoice set due_on = :due where id = :id")
			.param("due", invoice.issuedOn().minusDays(40))
			.param("id", invoice.id())
			.update();
		overdue.tell();
		overdue.tell();
		assertThat(notifications.recent(manager)).filteredOn(n -> n.kind() == Notifications.Kind.INVOICE_OVERDUE)
			.singleElement()
			.satisfies(n -> {
				assertThat(n.detail()).isEqualTo(invoice.number());
				assertThat(n.path()).isEqualTo("/accounts/clients/" + client.clientId());
			});
		assertThat(notifications.recent(staffing.hire(Role.ACCOUNT_MANAGER))).isEmpty();
		mvc.perform(get("/accounts/clients").with(user(Staffing.principal(manager))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(invoice.number())));
		mvc.perform(get("/accounts/invoices/overdue").param("sort", "-to-pay").with(user(Staffing.principal(manager))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(invoice.number())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("aria-sort=\"descending\"")));
	}

}
