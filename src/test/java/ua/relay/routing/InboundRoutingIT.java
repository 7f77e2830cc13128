package ua.relay.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.accounts.ClientTimeline;
import ua.relay.accounts.PastOrder;
import ua.relay.accounts.Portfolio;
import ua.relay.party.CompanyDirectory;
import ua.relay.party.NewCompany;
import ua.relay.platform.Role;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.OrganisationMode;
import ua.relay.salesorg.Shifts;
import ua.relay.salesorg.Tier;
import ua.relay.salesorg.WeeklyShift;
import ua.relay.shared.PhoneNumber;

/** Inbound calls reach the right person: clients their account manager, new callers tier 2, once per call. */
@IntegrationTest
@AutoConfigureMockMvc
class InboundRoutingIT {

	@Autowired
	InboundRouting routing;

	@Autowired
	Staffing staffing;

	@Autowired
	CompanyDirectory companies;

	@Autowired
	Portfolio portfolio;

	@Autowired
	Shifts shifts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	ClientTimeline timeline;

	@Test
	void aClientsNumberInAnyFormatReachesItsAccountManager() {
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		var managerId = new EmployeeId(manager.requireEmployee());
		shifts.setWeekly(managerId, Arrays.stream(DayOfWeek.values())
			.map(day -> new WeeklyShift(day, LocalTime.MIN, LocalTime.of(23, 59)))
			.toList()); // on shift whenever the test runs
		long n = 1_000_000 + System.nanoTime() % 8_999_999;
		String national = "67" + n; // 9 digits: 67XXXXXXX
		var company = companies.register(new NewCompany("Клієнт " + n, "ТОВ", null, null, null, null, "Київ",
				List.of(PhoneNumber.parse("0" + national)), List.of())).companyId();
		var client = portfolio.importClient(company, managerId,
				List.of(new PastOrder("Перевезення", BigDecimal.TEN, LocalDate.now(clock).minusDays(10))), staffing.hire(Role.HEAD));
		String a = national.substring(0, 2);
		String b = national.substring(2, 5);
		String c = national.substring(5, 7);
		String d = national.substring(7);
		var formats = List.of("0" + national, "+38 (0" + a + ") " + b + "-" + c + "-" + d, "380" + national,
				"8 0" + a + " " + b + " " + c + " " + d, "0" + a + "-" + b + "-" + c + "-" + d, "(0" + a + ") " + b + " " + c + " " + d,
				"+380 " + a + " " + b + " " + c + d, national, "8(0" + a + ")" + b + c + d, "+380" + national);
		for (String format : formats) {
			var decision = routing.route("TEST", UUID.randomUUID().toString(), format);
			assertThat(decision.employee()).as(format).isEqualTo(managerId);
			assertThat(decision.tier()).isEqualTo(Tier.AM);
			assertThat(decision.reason()).isEqualTo("reason.inbound-client");
		}

		String call = "done-" + n;
		routing.route("WEBHOOK", call, "0" + national);
		assertThat(routing.completed("WEBHOOK", call, 95, "answered")).isTrue();
		assertThat(routing.completed("WEBHOOK", call, 1, "missed")).as("a repeated report changes nothing").isTrue();
		assertThat(routing.completed("WEBHOOK", "no-such-call", 1, "missed")).isFalse();
		var logged = routing.callsOf(company).stream().filter(entry -> "ANSWERED".equals(entry.outcome())).toList();
		assertThat(logged).singleElement().satisfies(entry -> assertThat(entry.durationSeconds()).isEqualTo(95));
		assertThat(timeline.of(client, manager)).filteredOn(entry -> "timeline.inbound-call".equals(entry.code()))
			.anyMatch(entry -> entry.args().get(0).toString().replace(" ", "").equals("+380" + national)
					&& entry.args().get(2).equals("ANSWERED") && entry.args().get(3).equals(95));
	}

	@Test
	void anUnknownNumberBecomesOneLeadHoweverOftenThePbxRetries() throws Exception {
		staffing.hire(Role.CLOSER);
		String number = "+38093" + (1_000_000 + System.nanoTime() % 8_999_999);
		String call = "pbx-" + UUID.randomUUID();

		var first = routing.route("TEST", call, number);
		var again = routing.route("TEST", call, number);
		var thirdTime = routing.route("TEST", call, number);

		assertThat(first.tier()).isEqualTo(Tier.LC);
		assertThat(first.reason()).isEqualTo("reason.inbound-new-caller");
		assertThat(again).isEqualTo(first);
		assertThat(thirdTime).isEqualTo(first);
		await().atMost(Duration.ofSeconds(20)).until(() -> leadsOf(first) == 1);
		assertThat(jdbc.sql("select count(*) from routing_call where external_id = ?").param(call).query(Long.class).single())
			.isEqualTo(1);

		var later = routing.route("TEST", "pbx-" + UUID.randomUUID(), number.replace("+38", "8 "));
		assertThat(later.employee()).as("the same closer takes the next call").isEqualTo(first.employee());
		assertThat(later.reason()).isEqualTo("reason.inbound-closer");
		assertThat(leadsOf(first)).isEqualTo(1);

		mvc.perform(get("/conversion/leads/" + first.callId())
			.with(user(Staffing.principal(Staffing.as(first.employee(), Role.CLOSER)))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Вхідні дзвінки")))
			.andExpect(content().string(Matchers.containsString(number)))
			.andExpect(content().string(Matchers.containsString("Вхідний дзвінок з " + number)));
	}

	@Test
	void deliveriesOfOneCallArrivingTogetherGetOneAnswer() throws Exception {
		staffing.hire(Role.CLOSER);
		String number = "+38096" + (1_000_000 + System.nanoTime() % 8_999_999);
		String call = "twice-" + UUID.randomUUID();
		var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			var deliveries = new java.util.ArrayList<java.util.concurrent.Future<RoutingDecision>>();
			for (int n = 0; n < 4; n++) {
				deliveries.add(pool.submit(() -> routing.route("TEST", call, number)));
			}
			var answers = new java.util.HashSet<RoutingDecision>();
			for (var delivery : deliveries) {
				answers.add(delivery.get());
			}
			assertThat(answers).hasSize(1);
			await().atMost(Duration.ofSeconds(20)).until(() -> leadsOf(answers.iterator().next()) == 1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("select count(*) from routing_call where external_id = ?").param(call).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void inTheClassicModelAProspectsCallGoesToTheEmployeeWhoFoundIt() {
		var caller = staffing.hire(Role.CALLER);
		var head = staffing.hire(Role.HEAD);
		staffing.hire(Role.CLOSER);
		var phone = PhoneNumber.parse("+38063" + (1_000_000 + System.nanoTime() % 8_999_999));
		var company = companies.register(new NewCompany("Класика " + phone.e164(), "ТОВ", null, null, null, null, "Київ",
				List.of(phone), List.of())).companyId();
		responsibilities.recordLeadGeneration(company, new EmployeeId(caller.requireEmployee()));
		organisation.switchTo(OrganisationMode.CLASSIC, head);
		try {
			var decision = routing.route("TEST", UUID.randomUUID().toString(), phone.e164());

			assertThat(decision.employee()).isEqualTo(new EmployeeId(caller.requireEmployee()));
			assertThat(decision.reason()).isEqualTo("reason.inbound-prospect");
		}
		finally {
			organisation.switchTo(OrganisationMode.THREE_TIER, head);
		}
	}

	@Autowired
	ua.relay.salesorg.Responsibilities responsibilities;

	@Autowired
	ua.relay.salesorg.Organisation organisation;

	@Test
	void theWebhookAnswersThePbxAndNobodyElse() throws Exception {
		staffing.hire(Role.CLOSER);
		String body = "{\"callId\":\"hook-%s\",\"from\":\"+38095%d\"}".formatted(UUID.randomUUID(),
				1_000_000 + System.nanoTime() % 8_999_999);
		mvc.perform(post("/api/v1/telephony/inbound").contentType(MediaType.APPLICATION_JSON).content(body)
			.with(user(Staffing.principal(staffing.hire(Role.CLOSER))))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/telephony/inbound").contentType(MediaType.APPLICATION_JSON).content(body)
			.with(user(Staffing.principal(staffing.hire(Role.ADMIN)))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tier").value("LC"))
			.andExpect(jsonPath("$.employeeId").isNotEmpty())
			.andExpect(jsonPath("$.destination").isNotEmpty())
			.andExpect(jsonPath("$.fallback").value(false))
			.andExpect(jsonPath("$.reason").value("reason.inbound-new-caller"));
	}

	private long leadsOf(RoutingDecision decision) {
		return jdbc.sql("select count(*) from conversion_lead where company_id = ?")
			.param(decision.company().value())
			.query(Long.class)
			.single();
	}

}
