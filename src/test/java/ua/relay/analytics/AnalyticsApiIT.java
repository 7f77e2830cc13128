package ua.relay.analytics;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.platform.Role;
import ua.relay.platform.web.Period;

/**
 * The head's figures reach BI tools through the API, the same as the dashboards show them and under the
 * same rules as the pages: a tier's rows for that tier's people too, a statement for its own employee.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AnalyticsApiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	Dashboards dashboards;

	@Autowired
	Clock clock;

	@Test
	void theHeadReadsTheFunnelTheTrendEachTiersRowsAndTheStatementsAsTheDashboardsShowThem() throws Exception {
		var head = user(Staffing.principal(staffing.hire(Role.HEAD)));
		var to = LocalDate.now(clock);
		var from = to.minusDays(29);
		var funnel = dashboards.funnel(new Period(from, to));
		mvc.perform(get("/api/v1/analytics/funnel").with(head).param("from", from.toString()).param("to", to.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.steps[0].code").value("calls"))
			.andExpect(jsonPath("$.steps[0].count").value(funnel.count("calls")))
			.andExpect(jsonPath("$.steps[2].code").value("accepted"))
			.andExpect(jsonPath("$.steps[2].count").value(funnel.count("accepted")))
			.andExpect(jsonPath("$.apart[1].code").value("inbound"));
		mvc.perform(get("/api/v1/analytics/trend").with(head).param("from", from.toString()).param("to", to.toString()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.points.length()").value(30))
			.andExpect(jsonPath("$.points[0].day").value(from.toString()));
		mvc.perform(get("/api/v1/analytics/trend").with(head).param("by", "week")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/analytics/tiers/lc").with(head))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tier").value("lc"))
			.andExpect(jsonPath("$.closers").isArray())
			.andExpect(jsonPath("$.lateFirstTouches").isArray());
		mvc.perform(get("/api/v1/analytics/tiers/xx").with(head)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/analytics/commissions/{month}", YearMonth.now(clock).toString()).with(head))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$").isArray());
		mvc.perform(get("/api/v1/analytics/funnel").with(head).param("from", "2026-11-30").param("to", "2026-11-01"))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.code").value("period.reversed"));
	}

	@Test
	void aSalespersonReadsTheirTiersRowsAndTheirOwnStatementAndNothingOfTheHeads() throws Exception {
		var caller = user(Staffing.principal(staffing.hire(Role.CALLER)));
		mvc.perform(get("/api/v1/analytics/tiers/lg").with(caller))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.callers").isArray());
		mvc.perform(get("/api/v1/analytics/commissions/{month}/mine", YearMonth.now(clock).toString()).with(caller))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isArray());
		mvc.perform(get("/api/v1/analytics/tiers/lc").with(caller)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/analytics/funnel").with(caller)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/analytics/trend").with(caller)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/analytics/commissions/{month}", YearMonth.now(clock).toString()).with(caller))
			.andExpect(status().isForbidden());
		var manager = user(Staffing.principal(staffing.hire(Role.ACCOUNT_MANAGER)));
		mvc.perform(get("/api/v1/analytics/tiers/am").with(manager)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/analytics/tiers/lg").with(manager)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/analytics/funnel")).andExpect(status().isUnauthorized());
	}

}
