package ua.relay.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.IntegrationTest;
import ua.relay.Prospects;
import ua.relay.Staffing;
import ua.relay.accounts.Portfolio;
import ua.relay.conversion.ConversionQueries;
import ua.relay.conversion.DealId;
import ua.relay.conversion.FirstSaleClosed;
import ua.relay.conversion.LeadInbox;
import ua.relay.party.CompanyId;
import ua.relay.prospecting.LeadHandedOver;
import ua.relay.prospecting.ProspectId;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Organisation;
import ua.relay.salesorg.OrganisationMode;
import ua.relay.salesorg.Responsibilities;
import ua.relay.salesorg.Tier;
import ua.relay.shared.Money;

/** Each role sees only what it must: role rules on URLs, record rules within them. */
@IntegrationTest
@AutoConfigureMockMvc
class RecordAccessIT {

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

	@Autowired
	Portfolio portfolio;

	@Autowired
	Responsibilities responsibilities;

	@Autowired
	Organisation organisation;

	private Actor caller;

	@BeforeEach
	void threeTiers() {
		organisation.switchTo(OrganisationMode.THREE_TIER, staffing.hire(Role.HEAD));
		caller = staffing.hire(Role.CALLER);
	}

	@Test
	void aCallerAskingForAClientsPageGets403() throws Exception {
		var client = aClient();
		mvc.perform(get("/accounts/clients/{id}", client).with(user(Staffing.principal(caller))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/accounts/clients").with(user(Staffing.principal(caller)))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/accounts/clients/{id}", client).with(httpBasic(caller.username(), Staffing.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("access.denied"));
	}

	@Test
	void aCloserAskingForAnotherClosersDealGets403() throws Exception {
		var owner = staffing.hire(Role.CLOSER);
		var lead = inbox.receive(handOver(prospects.registerOne()));
		var assigned = conversion.lead(lead, Staffing.as(new EmployeeId(owner.employeeId()), Role.HEAD));
		var deal = inbox.accept(lead, Staffing.as(assigned.closerId(), Role.CLOSER));
		var other = staffing.hire(Role.CLOSER);

		mvc.perform(get("/conversion/deals/{id}", deal.value()).with(user(Staffing.principal(other))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/conversion/deals/{id}", deal.value()).with(httpBasic(other.username(), Staffing.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("deal.not-yours"));
		mvc.perform(post("/api/v1/conversion/deals/{id}/won", deal.value()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"amount\": 100}")
			.with(httpBasic(other.username(), Staffing.PASSWORD))).andExpect(status().isForbidden());
		// nor is the head's move of it, even with a version it no longer has: not theirs comes before changed since
		var head = staffing.hire(Role.HEAD);
		for (String version : new String[] { "0", "99" }) {
			mvc.perform(post("/api/v1/conversion/deals/{id}/stage", deal.value()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": " + version + ", \"stage\": \"NEGOTIATION\"}")
				.with(httpBasic(head.username(), Staffing.PASSWORD)))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.code").value("deal.not-yours"));
		}
	}

	@Test
	void anAccountManagerSeesOnlyTheirOwnClients() throws Exception {
		var client = aClient();
		var stranger = staffing.hire(Role.ACCOUNT_MANAGER);
		mvc.perform(get("/accounts/clients/{id}", client).with(user(Staffing.principal(stranger))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/accounts/clients").with(httpBasic(stranger.username(), Staffing.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + client + "')]").doesNotExist());
	}

	@Test
	void aCallerSeesOnlyTheProspectTheyHold() throws Exception {
		prospects.queueOne();
		var other = staffing.hire(Role.CALLER);
		var held = mvc.perform(post("/api/v1/prospecting/queue/next").with(httpBasic(caller.username(), Staffing.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String id = com.jayway.jsonpath.JsonPath.read(held, "$.id");
		mvc.perform(get("/api/v1/prospecting/prospects/{id}", id).with(httpBasic(caller.username(), Staffing.PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/prospecting/prospects/{id}", id).with(httpBasic(other.username(), Staffing.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("prospect.not-held"));
	}

	@Test
	void strangersAreAskedToLogInAndTheApiAnswers401() throws Exception {
		mvc.perform(get("/prospecting/desk")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/conversion/leads")).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("auth.required"));
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void eachRoleLandsOnItsOwnWorkspace() throws Exception {
		for (var landing : new Object[][] { { Role.CALLER, "/prospecting/desk" }, { Role.CLOSER, "/conversion/inbox" },
				{ Role.ACCOUNT_MANAGER, "/accounts/clients" }, { Role.HEAD, "/salesorg/matrix" },
				{ Role.ADMIN, "/salesorg/matrix" } }) {
			var actor = staffing.hire((Role) landing[0]);
			mvc.perform(formLogin("/login").user(actor.username()).password(Staffing.PASSWORD))
				.andExpect(redirectedUrl((String) landing[1]));
		}
	}

	@Test
	void aPersonalApiTokenAuthenticatesWithoutASession() throws Exception {
		var body = mvc.perform(post("/api/v1/me/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"dialer\"}")
			.with(httpBasic(caller.username(), Staffing.PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String token = com.jayway.jsonpath.JsonPath.read(body, "$.token");
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(caller.username()));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer rly_forged")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
	}

	@Test
	void onlyTheHeadSeesTheMatrixAndSwitchesTheModel() throws Exception {
		mvc.perform(get("/salesorg/matrix").with(user(Staffing.principal(caller)))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/salesorg/matrix").with(httpBasic(caller.username(), Staffing.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/salesorg/organisation-mode").param("mode", "CLASSIC").with(csrf())
			.with(user(Staffing.principal(caller)))).andExpect(status().isForbidden());
		var head = staffing.hire(Role.HEAD);
		mvc.perform(get("/salesorg/matrix").with(user(Staffing.principal(head)))).andExpect(status().isOk());
		mvc.perform(post("/salesorg/organisation-mode").param("mode", "CLASSIC").with(user(Staffing.principal(head))))
			.andExpect(status().isForbidden()); // no CSRF token
		mvc.perform(post("/salesorg/organisation-mode").param("mode", "CLASSIC").with(csrf())
			.with(user(Staffing.principal(head)))).andExpect(redirectedUrl("/salesorg/matrix"));
		assertThat(organisation.mode()).isEqualTo(OrganisationMode.CLASSIC);
		organisation.switchTo(OrganisationMode.THREE_TIER, head);
	}

	@Test
	void theHeadPlansShiftsAndSeesTheLeadSupply() throws Exception {
		var head = user(Staffing.principal(staffing.hire(Role.HEAD)));
		mvc.perform(post("/salesorg/shifts/{id}", caller.employeeId()).param("from.MONDAY", "17:00").param("to.MONDAY", "20:00")
			.with(csrf()).with(head)).andExpect(redirectedUrl("/salesorg/shifts/" + caller.employeeId()));
		mvc.perform(get("/salesorg/shifts/{id}", caller.employeeId()).with(head)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"17:00\"")));
		mvc.perform(get("/prospecting/manage/supply").with(head)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"supply\"")));
		mvc.perform(get("/prospecting/manage/supply").with(user(Staffing.principal(caller)))).andExpect(status().isForbidden());
		mvc.perform(get("/prospecting/desk").with(user(Staffing.principal(caller)))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"shift-target\"")));
	}

	@Test
	void theDoNotCallListIsTheHeads() throws Exception {
		mvc.perform(get("/prospecting/manage/do-not-call").with(user(Staffing.principal(caller))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/prospecting/manage/do-not-call").with(httpBasic(caller.username(), Staffing.PASSWORD)))
			.andExpect(status().isForbidden());
		var head = staffing.hire(Role.HEAD);
		String phone = "+38044%07d".formatted(Math.floorMod(UUID.randomUUID().hashCode(), 10_000_000));
		String body = "{\"phone\": \"" + phone + "\", \"reason\": \"скарга\"}";
		mvc.perform(post("/api/v1/prospecting/manage/do-not-call").contentType(MediaType.APPLICATION_JSON).content(body)
			.with(httpBasic(head.username(), Staffing.PASSWORD))).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/prospecting/manage/do-not-call").contentType(MediaType.APPLICATION_JSON).content(body)
			.with(httpBasic(head.username(), Staffing.PASSWORD)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("do-not-call.exists"));
		mvc.perform(get("/prospecting/manage/do-not-call").with(user(Staffing.principal(head))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(ua.relay.shared.PhoneNumber.parse(phone).international())));
	}

	@Test
	void inTheClassicModelASalespersonWorksEveryDeskButSeesOnlyTheirOwnRecords() throws Exception {
		var head = staffing.hire(Role.HEAD);
		organisation.switchTo(OrganisationMode.CLASSIC, head);
		try {
			mvc.perform(get("/conversion/inbox").with(user(Staffing.principal(caller)))).andExpect(status().isOk());
			mvc.perform(get("/accounts/clients").with(user(Staffing.principal(caller)))).andExpect(status().isOk());
			var client = aClient();
			mvc.perform(get("/accounts/clients/{id}", client).with(user(Staffing.principal(staffing.hire(Role.CALLER)))))
				.andExpect(status().isForbidden());
		}
		finally {
			organisation.switchTo(OrganisationMode.THREE_TIER, head);
		}
	}

	@Test
	void onlyAnAccountManagerCanBeMadeTheAccountManagerOfAClient() throws Exception {
		var head = staffing.hire(Role.HEAD);
		String body = """
				{"companyId": "%s", "accountManagerId": "%s",
				 "orders": [{"description": "Перевезення палет", "amount": 12000, "orderedOn": "2026-01-15"}]}
				""";
		mvc.perform(post("/api/v1/accounts/manage/clients").contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(prospects.registerOne().value(), caller.employeeId()))
			.with(httpBasic(head.username(), Staffing.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("assignment.wrong-tier"));
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		mvc.perform(post("/api/v1/accounts/manage/clients").contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(prospects.registerOne().value(), manager.employeeId()))
			.with(httpBasic(head.username(), Staffing.PASSWORD)))
			.andExpect(status().isCreated());
	}

	@Test
	void theAdministratorOpensTheTierPagesThatAreOnlyReadForThem() throws Exception {
		var admin = user(Staffing.principal(staffing.hire(Role.ADMIN)));
		for (String page : new String[] { "/conversion/inbox", "/conversion/board", "/accounts/clients",
				"/accounts/invoices/overdue", "/prospecting/desk", "/analytics/dashboard", "/salesorg/matrix" }) {
			mvc.perform(get(page).with(admin)).andExpect(status().isOk());
		}
	}

	/** A company that went through tiers 1 and 2 and is now some account manager's client. */
	private UUID aClient() {
		staffing.hire(Role.CLOSER);
		staffing.hire(Role.ACCOUNT_MANAGER);
		var company = prospects.registerOne();
		var closer = responsibilities.assignNext(company, Tier.LC, new EmployeeId(caller.employeeId()));
		var sale = new FirstSaleClosed(DealId.random(), company, closer.employee(), Money.uah(1_000), Instant.now());
		return portfolio.welcome(sale);
	}

	private LeadHandedOver handOver(CompanyId company) {
		return new LeadHandedOver(UUID.randomUUID(), ProspectId.random(), company, new EmployeeId(caller.employeeId()),
				"note", false, java.util.List.of(), null, Instant.now());
	}

}
