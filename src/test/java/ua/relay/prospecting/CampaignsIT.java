package ua.relay.prospecting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.IntegrationTest;
import ua.relay.Prospects;
import ua.relay.Staffing;
import ua.relay.platform.Role;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Tier;

/** Whom to call: campaigns select prospects by rules and serve them to their callers within calling hours. */
@IntegrationTest
@AutoConfigureMockMvc
class CampaignsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	Prospects prospects;

	@Autowired
	Campaigns campaigns;

	@Autowired
	CallQueue queue;

	@Autowired
	JdbcClient jdbc;

	private static String unique(String industry) {
		return industry + " " + UUID.randomUUID().toString().substring(0, 6);
	}

	@Autowired
	ua.relay.conversion.LeadInbox inbox;

	@Autowired
	ua.relay.conversion.ConversionQueries leads;

	@Autowired
	ua.relay.salesorg.Responsibilities responsibilities;

	@Test
	void theHeadSetsUpACampaignAndItsCallersGetOnlyItsProspects() throws Exception {
		String furniture = unique("Меблі");
		String name = unique("Меблеві фабрики");
		var member = prospects.queueIn(furniture);
		var outsider = prospects.queueIn(unique("Харчова"));
		var inCampaign = staffing.hire(Role.CALLER);
		var head = user(Staffing.principal(staffing.hire(Role.HEAD)));

		mvc.perform(post("/prospecting/manage/campaigns/count").param("rules[0].effect", "INCLUDE")
			.param("rules[0].attribute", "INDUSTRY").param("rules[0].values", furniture).with(csrf()).with(head))
			.andExpect(status().isOk())
			.andExpect(content().string("1"));
		var form = post("/prospecting/manage/campaigns").param("name", name).param("active", "true")
			.param("weeklyTarget", "12").param("callingFrom", "00:00").param("callingTo", "23:59")
			.param("callers", inCampaign.employeeId().toString()).param("rules[0].effect", "INCLUDE")
			.param("rules[0].attribute", "INDUSTRY").param("rules[0].values", furniture).with(csrf()).with(head);
		for (DayOfWeek day : DayOfWeek.values()) {
			form.param("days", day.name());
		}
		mvc.perform(form).andExpect(redirectedUrl("/prospecting/manage/campaigns"));

		var card = queue.next(inCampaign).orElseThrow();
		assertThat(card.company().id()).isEqualTo(member);
		var general = staffing.hire(Role.CALLER);
		assertThat(queue.next(general).orElseThrow().company().id()).as("callers in no campaign keep the general queue")
			.isNotEqualTo(member);

		String phone = jdbc.sql("select e164 from party_phone where company_id = ?").param(outsider.value())
			.query(String.class).list().get(0);
		mvc.perform(get("/prospecting/manage/campaigns").param("why", phone).with(head))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("does not include it")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("general queue")));

		// the criteria are judged by what tier 2 accepts: a rejected hand-over counts as handed over, not accepted
		staffing.hire(Role.CLOSER);
		queue.record(card.id(), CallReport.of(CallOutcome.INTERESTED, "Меблі на експорт"), inCampaign);
		var closer = await().atMost(java.time.Duration.ofSeconds(20))
			.until(() -> responsibilities.responsible(member, Tier.LC), java.util.Optional::isPresent)
			.get();
		var closerActor = Staffing.as(closer, Role.CLOSER);
		var lead = await().atMost(java.time.Duration.ofSeconds(20))
			.until(() -> leads.newLeads(closerActor).stream().filter(l -> l.company().id().equals(member)).findFirst(),
					java.util.Optional::isPresent)
			.get();
		inbox.reject(lead.id(), "Лише внутрішні перевезення", false, closerActor);
		var campaign = campaigns.all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
		assertThat(campaigns.yields().get(campaign.id())).isEqualTo(new CampaignYield(1, 0, 1));

		// the campaign's prospects, by status: the one returned by tier 2 waits as a callback
		mvc.perform(get("/prospecting/manage/campaigns/{id}/prospects", campaign.id()).param("status", "CALLBACK")
			.param("sort", "-attempts").with(head))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/prospecting/prospects/" + card.id().value())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("aria-sort=\"descending\"")));
		mvc.perform(get("/prospecting/manage/campaigns/{id}/prospects", campaign.id()).param("status", "QUEUED").with(head))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.containsString("/prospecting/prospects/" + card.id().value()))));
	}

	@Test
	void outsideItsCallingHoursACampaignHandsOutNothing() {
		String industry = unique("Агро");
		prospects.queueIn(industry);
		var caller = staffing.hire(Role.CALLER);
		campaigns.save(new Campaign(UUID.randomUUID(), "Ніколи", true, 5, EnumSet.noneOf(DayOfWeek.class),
				LocalTime.of(9, 0), LocalTime.of(18, 0),
				List.of(new SelectionRule(SelectionRule.Effect.INCLUDE, SelectionRule.Attribute.INDUSTRY, Set.of(industry))),
				Set.of(new EmployeeId(caller.employeeId()))));
		assertThat(queue.next(caller)).isEmpty();
	}

	@Test
	void explainsTheBuiltInExclusionsFirst() {
		var caller = staffing.hire(Role.CALLER);
		prospects.queueFirst();
		var card = queue.next(caller).orElseThrow();
		queue.record(card.id(), CallReport.of(CallOutcome.NOT_INTERESTED, null), caller);
		assertThat(campaigns.explain(card.company().phones().get(0)).orElseThrow())
			.containsExactly("not in any queue: closed in tier 1 as NOT_INTERESTED");
	}

}
