package ua.relay.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.Clientele;
import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.platform.Role;
import ua.relay.platform.SqlTime;

/** The head's commissions page, each employee's own statement and its exports, and nobody else's. */
@IntegrationTest
@AutoConfigureMockMvc
class CommissionsWebIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	Clientele clientele;

	@Autowired
	ua.relay.Prospects prospects;

	@Autowired
	ua.relay.conversion.LeadInbox inbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aCallersStatementNamesTheLeadTierTwoAcceptedWithoutALinkTheCallerCannotFollow() throws Exception {
		var caller = staffing.hire(Role.CALLER);
		var closer = staffing.hire(Role.CLOSER);
		var company = prospects.registerOne();
		var lead = inbox.receive(new ua.relay.prospecting.LeadHandedOver(UUID.randomUUID(), ua.relay.prospecting.ProspectId.random(),
				company, new ua.relay.salesorg.EmployeeId(caller.requireEmployee()), "Цікавить", false, java.util.List.of(), null,
				clock.instant()));
		inbox.reassign(lead, new ua.relay.salesorg.EmployeeId(closer.requireEmployee()), staffing.hire(Role.HEAD));
		inbox.accept(lead, closer);

		mvc.perform(get("/analytics/commissions/statements/" + caller.requireEmployee()).with(user(Staffing.principal(caller))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("statement-total")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("/conversion/leads/"))));
		mvc.perform(get("/analytics/commissions/statements/" + caller.requireEmployee()).with(user(Staffing.principal(staffing.hire(Role.HEAD)))))
			.andExpect(content().string(Matchers.containsString("/conversion/leads/" + lead.value())));
	}

	@Test
	void aManagerReadsAndDownloadsTheirOwnStatementWithFormulaLikeTextNeutralised() throws Exception {
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		var client = clientele.of(manager, "=HYPERLINK(\"http://evil.example\";\"клік\")");
		jdbc.sql("""
				insert into accounts_order (id, client_id, description, amount, ordered_at, source, version)
				values (?, ?, 'Перевезення', 15000.00, ?, 'MANAGER', 0)
				""").params(UUID.randomUUID(), client.clientId(), SqlTime.of(clock.instant())).update();
		String month = YearMonth.now(clock).toString();
		String statement = "/analytics/commissions/statements/" + manager.requireEmployee();

		mvc.perform(get("/analytics/commissions/mine").with(user(Staffing.principal(manager))))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", Matchers.endsWith(statement)));
		mvc.perform(get(statement).with(user(Staffing.principal(manager))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("statement-total")))
			.andExpect(content().string(Matchers.containsString("/accounts/clients/" + client.clientId())));
		var csv = mvc.perform(get(statement + ".csv").param("month", month).with(user(Staffing.principal(manager))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF").contains(";\"'=HYPERLINK(").doesNotContain(";\"=HYPERLINK").doesNotContain(";=HYPERLINK");
		mvc.perform(get(statement + ".xlsx").param("month", month).with(user(Staffing.principal(manager))))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		var pdf = mvc.perform(get(statement + ".pdf").param("month", month).with(user(Staffing.principal(manager))))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1)).contains("Разом:", "Повторне замовлення");

		mvc.perform(get(statement).with(user(Staffing.principal(staffing.hire(Role.ACCOUNT_MANAGER)))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/analytics/commissions").with(user(Staffing.principal(manager))))
			.andExpect(status().isForbidden());
	}

	@Test
	void theHeadChangesThePlanAndSeesItsHistory() throws Exception {
		var head = staffing.hire(Role.HEAD);
		String firstDay = YearMonth.now(clock).atDay(1).toString();

		mvc.perform(post("/analytics/commissions/plan").param("kind", "MEETING_HELD").param("rate", "125")
			.param("effectiveFrom", firstDay).param("note", "зустрічі важливіші").with(csrf())
			.with(user(Staffing.principal(head))))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/analytics/commissions").with(user(Staffing.principal(head))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("зустрічі важливіші")))
			.andExpect(content().string(Matchers.containsString("commission-chart")));
		mvc.perform(get("/analytics/commissions/totals.xlsx").param("month", YearMonth.now(clock).toString())
			.with(user(Staffing.principal(head))))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select rate from analytics_commission_rate where note = 'зустрічі важливіші'").query(BigDecimal.class)
			.single()).isEqualByComparingTo("125");
	}

}
