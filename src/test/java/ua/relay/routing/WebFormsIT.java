package ua.relay.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.platform.Role;

/** Web-form leads: once per Idempotency-Key, matched to known companies, into tier 2's inbox. */
@IntegrationTest
@AutoConfigureMockMvc
class WebFormsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRetryGetsTheFirstAnswerAndAReusedKeyWithAnotherFormIsRefused() throws Exception {
		staffing.hire(Role.CLOSER);
		var website = user(Staffing.principal(staffing.hire(Role.ADMIN)));
		String key = UUID.randomUUID().toString();
		String phone = "+38063" + (1_000_000 + System.nanoTime() % 8_999_999);
		String form = """
				{"company":"ТОВ «Сайт %s»","phone":"%s","email":"logist@site.example","contact":"Олег","message":"Потрібна доставка"}
				""".formatted(key.substring(0, 6), phone);

		String leadId = com.jayway.jsonpath.JsonPath.read(mvc.perform(submit(key, form).with(website))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.leadId");
		mvc.perform(submit(key, form).with(website))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.leadId").value(leadId))
			.andExpect(jsonPath("$.repeated").value(true));
		mvc.perform(submit(key, form.replace("Потрібна доставка", "Інший текст")).with(website))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("web-form.key-reused"));
		mvc.perform(submit(null, form).with(website)).andExpect(status().is4xxClientError());
		mvc.perform(submit(UUID.randomUUID().toString(), form).with(user(Staffing.principal(staffing.hire(Role.CLOSER)))))
			.andExpect(status().isForbidden());

		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from conversion_lead where id = ?")
			.param(UUID.fromString(leadId)).query(Long.class).single() == 1);
		var note = jdbc.sql("select caller_note from conversion_lead where id = ?").param(UUID.fromString(leadId))
			.query(String.class).single();
		assertThat(note).isEqualTo("Заявка з сайту: Потрібна доставка");

		// the same company writes again under another key: no second company, the same closer
		String again = mvc.perform(submit(UUID.randomUUID().toString(), form.replace("Потрібна доставка", "Ще раз")).with(website))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		assertThat(com.jayway.jsonpath.JsonPath.<String>read(again, "$.company"))
			.isEqualTo(jdbc.sql("select company_id from conversion_lead where id = ?").param(UUID.fromString(leadId))
				.query(UUID.class).single().toString());
	}

	/** A website retrying impatiently: eight posts of one form with one key at the same moment, one lead. */
	@Test
	void retriesArrivingTogetherAllGetTheFirstAnswer() throws Exception {
		staffing.hire(Role.CLOSER);
		var website = user(Staffing.principal(staffing.hire(Role.ADMIN)));
		String key = UUID.randomUUID().toString();
		String form = """
				{"company":"ТОВ «Разом %s»","phone":"+38063%d","message":"Вісім разів"}
				""".formatted(key.substring(0, 6), 1_000_000 + System.nanoTime() % 8_999_999);
		var start = new java.util.concurrent.CountDownLatch(1);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		try {
			var answers = new java.util.ArrayList<java.util.concurrent.Future<org.springframework.mock.web.MockHttpServletResponse>>();
			for (int i = 0; i < 8; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return mvc.perform(submit(key, form).with(website)).andReturn().getResponse();
				}));
			}
			start.countDown();
			var leads = new java.util.HashSet<String>();
			int created = 0;
			for (var answer : answers) {
				var response = answer.get(30, java.util.concurrent.TimeUnit.SECONDS);
				assertThat(response.getStatus()).as(response.getContentAsString()).isIn(200, 201);
				created += response.getStatus() == 201 ? 1 : 0;
				leads.add(com.jayway.jsonpath.JsonPath.read(response.getContentAsString(), "$.leadId"));
			}
			assertThat(created).isEqualTo(1);
			assertThat(leads).hasSize(1);
			String lead = leads.iterator().next();
			await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from conversion_lead where id = ?")
				.param(UUID.fromString(lead)).query(Long.class).single() == 1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private MockHttpServletRequestBuilder submit(String key, String body) {
		var request = post("/api/v1/leads").contentType(MediaType.APPLICATION_JSON).content(body);
		return key == null ? request : request.header("Idempotency-Key", key);
	}

}
