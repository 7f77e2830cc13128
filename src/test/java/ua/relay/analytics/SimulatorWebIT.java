package ua.relay.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.platform.Role;

/** The head runs a comparison from the page and reads both models' results; nobody else opens it. */
@IntegrationTest
@AutoConfigureMockMvc
class SimulatorWebIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	SimulationScenarios scenarios;

	private static String table(String page) {
		int start = page.indexOf("<table class=\"grid\" id=\"simulation-results\"");
		return page.substring(start, page.indexOf("</table>", start));
	}

	@Test
	void aComparisonRunsFromThePageWithProgressAndEndsInBothModelsResults() throws Exception {
		var head = Staffing.principal(staffing.hire(Role.HEAD));

		mvc.perform(get("/analytics/simulator").with(user(head)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("id=\"calibration\""),
					Matchers.containsString("Частка дзвінків із розмовою"), Matchers.containsString("costCaller"))));
		String location = mvc.perform(post("/analytics/simulator/runs").with(csrf()).with(user(head))
			.param("callers", "3").param("closers", "2").param("managers", "1").param("classicPeople", "6")
			.param("weeks", "4").param("replications", "4").param("seed", "11").param("sweepTo", "3")
			.param("connected", "40").param("mix", "true").param("name", "Весна: 3 оператори")
			.param("costCaller", "150"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();

		await().atMost(Duration.ofSeconds(30)).until(() -> mvc.perform(get(location).header("HX-Request", "true")
			.with(user(head))).andReturn().getResponse().getContentAsString().contains("simulation-results"));
		mvc.perform(get(location).with(user(head)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("simulation-chart"),
					Matchers.containsString("sweep-chart"), Matchers.containsString("Вартість залучення клієнта"))));
		String first = mvc.perform(get(location).with(user(head))).andReturn().getResponse().getContentAsString();
		assertThat(first).contains("Змішана: менеджери з продажу теж дзвонять");
		var saved = scenarios.all().stream().filter(s -> s.name().equals("Весна: 3 оператори")).findFirst().orElseThrow();
		assertThat(saved.request().costs().caller()).isEqualTo(150);
		assertThat(saved.request().rates().connected()).as("typed in per cent").isEqualTo(0.4);
		assertThat(saved.request().pay().firstSalePercent()).as("the commission plan in force").isPositive();
		mvc.perform(get("/analytics/simulator").with(user(head)))
			.andExpect(content().string(Matchers.containsString("Весна: 3 оператори")));
		String again = mvc.perform(post("/analytics/simulator/scenarios/" + saved.id() + "/run").with(csrf()).with(user(head)))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		await().atMost(Duration.ofSeconds(30)).until(() -> mvc.perform(get(again).header("HX-Request", "true")
			.with(user(head))).andReturn().getResponse().getContentAsString().contains("simulation-results"));
		String rerun = mvc.perform(get(again).with(user(head))).andReturn().getResponse().getContentAsString();
		assertThat(table(rerun)).as("the same seed, the same report").isEqualTo(table(first));
		mvc.perform(post("/analytics/simulator/runs").with(csrf()).with(user(head))
			.param("callers", "3").param("closers", "2").param("managers", "1").param("classicPeople", "6")
			.param("connected", "150"))
			.andExpect(status().is4xxClientError());
		mvc.perform(get("/analytics/simulator").with(user(Staffing.principal(staffing.hire(Role.CLOSER)))))
			.andExpect(status().isForbidden());
	}

}
