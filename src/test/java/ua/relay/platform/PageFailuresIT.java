package ua.relay.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.IntegrationTest;
import ua.relay.Prospects;
import ua.relay.Staffing;
import ua.relay.conversion.ConversionQueries;
import ua.relay.conversion.LeadId;
import ua.relay.conversion.LeadInbox;
import ua.relay.platform.web.FormProblem;
import ua.relay.prospecting.LeadHandedOver;
import ua.relay.prospecting.ProspectId;
import ua.relay.salesorg.EmployeeId;

/**
 * What a browser sends, and what a person sees when it goes wrong: an unticked checkbox, a form the rules
 * refuse, a mistyped address, a record that is not there, a failed request for a part of a page.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PageFailuresIT {

	private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	Prospects prospects;

	@Autowired
	LeadInbox inbox;

	@Autowired
	ConversionQueries conversion;

	@Test
	void aCloserRejectsALeadWithAReasonAndTheCheckboxLeftUnticked() throws Exception {
		var closer = staffing.hire(Role.CLOSER);
		var lead = leadOf(closer);

		mvc.perform(post("/conversion/leads/{id}/reject", lead.value()).param("reason", "Возять лише власним транспортом")
			.header("Referer", "http://localhost/conversion/leads/" + lead.value())
			.with(csrf()).with(user(Staffing.principal(closer))))
			.andExpect(redirectedUrl("/conversion/inbox"))
			.andExpect(flash().attribute("message", "lead.rejected-message"));

		assertThat(conversion.lead(lead, closer).status()).isEqualTo("REJECTED");
	}

	@Test
	void aRejectionWithoutAReasonGoesBackToTheLeadWithTheReasonNextToItsFieldAndTheCheckboxKept() throws Exception {
		var closer = staffing.hire(Role.CLOSER);
		var lead = leadOf(closer);
		String page = "/conversion/leads/" + lead.value();

		var result = mvc.perform(post(page + "/reject").param("reason", " ").param("disqualify", "true")
			.header("Referer", "http://localhost" + page)
			.with(csrf()).with(user(Staffing.principal(closer))))
			.andExpect(redirectedUrl(page))
			.andReturn();

		var problem = (FormProblem) result.getFlashMap().get("formProblem");
		assertThat(problem.path()).isEqualTo(page + "/reject");
		assertThat(problem.fields()).containsOnlyKeys("reason");
		assertThat(problem.fields().get("reason")).isNotBlank();
		assertThat(problem.values()).containsEntry("disqualify", "true").doesNotContainKey("_csrf");
		assertThat(conversion.lead(lead, closer).status()).isEqualTo("NEW");
	}

	@Test
	void aRuleThatSaysNoToAFormIsShownOnTheFormsPageInTheReadersLanguage() throws Exception {
		var closer = staffing.hire(Role.CLOSER);
		var lead = leadOf(closer);
		inbox.accept(lead, closer);
		String page = "/conversion/leads/" + lead.value();

		var result = mvc.perform(post(page + "/reject").param("reason", "Пізно").header("Referer", "http://localhost" + page)
			.with(csrf()).with(user(Staffing.principal(closer))))
			.andExpect(redirectedUrl(page))
			.andReturn();

		var problem = (FormProblem) result.getFlashMap().get("formProblem");
		assertThat(problem.message()).isNotBlank().doesNotContain("transition").doesNotContain(lead.value().toString());
	}

	@Test
	void aMistypedAddressShowsTheNotFoundPageInTheLayoutNotJson() throws Exception {
		var closer = user(Staffing.principal(staffing.hire(Role.CLOSER)));
		for (String address : List.of("/conversion/dealz", "/conversoin/inbox", "/conversion/deals/abc",
				"/conversion/deals/" + UUID.randomUUID())) {
			mvc.perform(get(address).accept(BROWSER).with(closer))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
				.andExpect(content().string(containsString("data-relay-error")))
				.andExpect(content().string(containsString("class=\"topbar\"")));
		}
	}

	@Test
	void aMistypedApiAddressIsAProblemWithACode() throws Exception {
		var closer = staffing.hire(Role.CLOSER);
		mvc.perform(get("/api/v1/conversion/dealz").with(httpBasic(closer.username(), Staffing.PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("request.not-found"));
		mvc.perform(get("/api/v1/conversion/deals/abc").with(httpBasic(closer.username(), Staffing.PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("request.not-found"));
	}

	@Test
	void aFailedRequestForAPartOfAPageAnswersWithAnAlertForThePagesAlertArea() throws Exception {
		var closer = user(Staffing.principal(staffing.hire(Role.CLOSER)));
		mvc.perform(get("/conversion/deals/{id}", UUID.randomUUID()).header("HX-Request", "true").with(closer))
			.andExpect(status().isNotFound())
			.andExpect(header().string("HX-Retarget", "#alerts"))
			.andExpect(content().string(containsString("role=\"alert\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
	}

	@Test
	void aPageNobodysRoleMayOpenStillSaysNoAccess() throws Exception {
		mvc.perform(get("/salesorg/matrix").accept(BROWSER).with(user(Staffing.principal(staffing.hire(Role.CALLER)))))
			.andExpect(status().isForbidden());
	}

	private LeadId leadOf(ua.relay.platform.Actor closer) {
		var caller = new EmployeeId(staffing.hire(Role.CALLER).requireEmployee());
		var lead = inbox.receive(new LeadHandedOver(UUID.randomUUID(), ProspectId.random(), prospects.registerOne(), caller,
				"Цікавить доставка", false, List.of(), null, Instant.now()));
		var assigned = conversion.lead(lead, staffing.hire(Role.HEAD));
		if (!assigned.closerId().value().equals(closer.employeeId())) {
			inbox.reassign(lead, new EmployeeId(closer.employeeId()), staffing.hire(Role.HEAD));
		}
		return lead;
	}

}
