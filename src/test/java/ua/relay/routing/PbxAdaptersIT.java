package ua.relay.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.Clientele;
import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.party.CompanyId;
import ua.relay.platform.Role;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Staff;
import ua.relay.shared.PhoneNumber;

/** Each PBX adapter speaks its own wire format, checks its caller, and logs every call once. */
@IntegrationTest
@AutoConfigureMockMvc
class PbxAdaptersIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	Staff staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FastAgiServer agi;

	@Autowired
	Clientele clientele;

	@Test
	void binotelLearnsTheAccountManagerAndItsSevenDeliveriesOfTheEndAreRecordedOnce() throws Exception {
		var client = client();
		String call = "bt-" + UUID.randomUUID();

		mvc.perform(post("/api/v1/telephony/binotel").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("requestType", "apiCallSettings")
			.param("companyID", "5400")
			.param("generalCallID", call)
			.param("callType", "0")
			.param("internalNumber", "0443334455")
			.param("externalNumber", client.localNumber()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.customerData.name").value("ТОВ «" + client.name() + "»"))
			.andExpect(jsonPath("$.customerData.description").value("reason.inbound-client"))
			.andExpect(jsonPath("$.customerData.assignedToEmployee.employeeNumber").value(client.extension()))
			.andExpect(jsonPath("$.customerData.linkToCrmUrl").value(org.hamcrest.Matchers.containsString("/screen-pop/calls/")));

		for (int delivery = 1; delivery <= 7; delivery++) {
			mvc.perform(post("/api/v1/telephony/binotel").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("requestType", "apiCallCompleted")
				.param("callDetails[generalCallID]", call)
				.param("callDetails[callType]", "0")
				.param("callDetails[externalNumber]", client.localNumber())
				.param("callDetails[billsec]", delivery == 1 ? "73" : "1")
				.param("callDetails[disposition]", delivery == 1 ? "ANSWER" : "NOANSWER"))
				.andExpect(status().isOk())
				.andExpect(content().json("{\"status\":\"success\"}", true));
		}
		assertThat(calls(call)).containsExactly(List.of("ANSWER", 73, client.company().value()));
	}

	@Test
	void binotelIsHeardOnlyFromItsAddresses() throws Exception {
		mvc.perform(post("/api/v1/telephony/binotel").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("requestType", "apiCallSettings")
			.param("generalCallID", "bt-" + UUID.randomUUID())
			.param("externalNumber", "0671112233")
			.with(request -> {
				request.setRemoteAddr("203.0.113.7");
				return request;
			}))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aCallBinotelRoutedElsewhereIsStillLoggedOnceWithItsCompany() throws Exception {
		var client = client();
		String call = "bt-" + UUID.randomUUID();
		for (int delivery = 1; delivery <= 3; delivery++) {
			mvc.perform(post("/api/v1/telephony/binotel").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("requestType", "apiCallCompleted")
				.param("callDetails[generalCallID]", call)
				.param("callDetails[callType]", "0")
				.param("callDetails[externalNumber]", client.localNumber())
				.param("callDetails[billsec]", "12")
				.param("callDetails[disposition]", "ANSWER"))
				.andExpect(content().json("{\"status\":\"success\"}"));
		}
		assertThat(calls(call)).containsExactly(List.of("ANSWER", 12, client.company().value()));
	}

	@Test
	void zadarmaIsAnsweredWithTheRedirectWhenItsSignatureHolds() throws Exception {
		var client = client();
		String call = "zd-" + UUID.randomUUID();
		String callerId = client.phone().e164();
		String start = "2026-11-27 10:15:00";
		String good = ZadarmaSignature.of(callerId + "0443334455" + start, "zadarma-secret-for-tests");

		mvc.perform(get("/api/v1/telephony/zadarma").param("zd_echo", "probe-42"))
			.andExpect(status().isOk())
			.andExpect(content().string("probe-42"));
		mvc.perform(zadarma("NOTIFY_START", call, callerId, start, "d3JvbmcK"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("zadarma.signature"));
		assertThat(calls(call)).as("a refused notification leaves no trace").isEmpty();

		mvc.perform(zadarma("NOTIFY_START", call, callerId, start, good))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.redirect").value(client.extension()))
			.andExpect(jsonPath("$.caller_name").value("ТОВ «" + client.name() + "»"));
		mvc.perform(zadarma("NOTIFY_END", call, callerId, start, good).param("duration", "41").param("disposition", "answered"))
			.andExpect(status().isOk());
		assertThat(calls(call)).containsExactly(List.of("ANSWERED", 41, client.company().value()));
	}

	@Test
	void asterisksCurlGetsWhatToDialWithItsToken() throws Exception {
		var client = client();
		String call = "1764238500." + System.nanoTime() % 100_000;
		mvc.perform(get("/api/v1/telephony/asterisk/route").param("call", call).param("from", client.localNumber()))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/telephony/asterisk/route").param("call", call).param("from", client.localNumber())
			.header("X-Relay-Token", "asterisk-token-for-tests"))
			.andExpect(status().isOk())
			.andExpect(content().string(client.extension()));
		mvc.perform(get("/api/v1/telephony/asterisk/completed").param("call", call).param("seconds", "30")
			.param("status", "ANSWER").param("token", "asterisk-token-for-tests"))
			.andExpect(status().isOk());
		assertThat(calls(call)).containsExactly(List.of("ANSWER", 30, client.company().value()));
	}

	@Test
	void fastAgiSetsTheDestinationForTheDialplan() throws Exception {
		var client = client();
		String call = "1764238600." + System.nanoTime() % 100_000;

		var commands = agi(call, client.localNumber(), "agi://127.0.0.1/route?token=asterisk-token-for-tests");

		assertThat(commands).containsEntry("RELAY_DESTINATION", client.extension())
			.containsEntry("RELAY_TIER", "AM")
			.containsEntry("RELAY_REASON", "reason.inbound-client")
			.containsEntry("RELAY_CALLER_NAME", "ТОВ «" + client.name() + "»");
		assertThat(calls(call)).hasSize(1);
		assertThat(agi(call, client.localNumber(), "agi://127.0.0.1/route?token=wrong"))
			.containsOnlyKeys("RELAY_ERROR");
	}

	@Test
	void aSlowDatabaseStillGetsThePbxAnAnswerInTime() throws Exception {
		var client = client();
		String call = "bt-" + UUID.randomUUID();
		// another delivery of the same call holds its row in the log, uncommitted, for three seconds
		var held = new java.util.concurrent.CountDownLatch(1);
		var blocker = new Thread(() -> new org.springframework.transaction.support.TransactionTemplate(transactions)
			.executeWithoutResult(status -> {
				jdbc.sql("""
						insert into routing_call (id, source, external_id, caller_raw, reason, received_at)
						values (?, 'BINOTEL', ?, 'held', 'pending', current_timestamp)
						""").params(UUID.randomUUID(), call).update();
				held.countDown();
				sleep(3_000);
				status.setRollbackOnly();
			}));
		blocker.start();
		held.await();

		long started = System.nanoTime();
		mvc.perform(post("/api/v1/telephony/binotel").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("requestType", "apiCallSettings")
			.param("generalCallID", call)
			.param("externalNumber", client.localNumber()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.customerData.assignedToEmployee.employeeNumber").value("600"));
		long tookMillis = (System.nanoTime() - started) / 1_000_000;
		assertThat(tookMillis).as("answered within answer-within (1.5 s) and some").isLessThan(2_500);
		blocker.join();

		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> mvc
			.perform(post("/api/v1/telephony/binotel").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("requestType", "apiCallSettings")
				.param("generalCallID", call)
				.param("externalNumber", client.localNumber()))
			.andExpect(jsonPath("$.customerData.assignedToEmployee.employeeNumber").value(client.extension())));
		assertThat(calls(call)).hasSize(1);
	}

	@Test
	void withoutAPbxAClickedNumberFallsBackToTheTelLink() throws Exception {
		mvc.perform(post("/telephony/dial").param("number", "067 765 43 21")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(Staffing.principal(staffing.hire(Role.CALLER)))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("АТС не підключена")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"tel:+380677654321\"")));
	}

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder zadarma(String event, String call,
			String callerId, String start, String signature) {
		return post("/api/v1/telephony/zadarma").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header("Signature", signature)
			.param("event", event)
			.param("call_start", start)
			.param("pbx_call_id", call)
			.param("caller_id", callerId)
			.param("called_did", "0443334455");
	}

	/** Plays Asterisk: connects, sends the call's variables, acknowledges each command until Relay hangs up. */
	private Map<String, String> agi(String uniqueId, String callerId, String request) throws Exception {
		var set = new LinkedHashMap<String, String>();
		try (var socket = new Socket("127.0.0.1", agi.port())) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			out.write(("""
					agi_network: yes
					agi_network_script: route
					agi_request: %s
					agi_channel: PJSIP/kyivstar-00000012
					agi_language: uk
					agi_type: PJSIP
					agi_uniqueid: %s
					agi_version: 20.5.0
					agi_callerid: %s
					agi_calleridname: unknown
					agi_context: from-trunk
					agi_extension: 0443334455
					agi_priority: 2

					""").formatted(request, uniqueId, callerId).getBytes(StandardCharsets.UTF_8));
			out.flush();
			String line;
			while ((line = in.readLine()) != null) {
				var command = java.util.regex.Pattern.compile("SET VARIABLE (\\w+) \"(.*)\"").matcher(line);
				assertThat(command.matches()).as(line).isTrue();
				set.put(command.group(1), command.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
				out.write("200 result=1\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
			}
		}
		return set;
	}

	private List<List<Object>> calls(String externalId) {
		var rows = new ArrayList<List<Object>>();
		jdbc.sql("select outcome, duration_seconds, company_id from routing_call where external_id = ?")
			.param(externalId)
			.query(rs -> {
				rows.add(Arrays.asList(rs.getString(1), rs.getObject(2), rs.getObject(3, UUID.class)));
			});
		return rows;
	}

	record Client(CompanyId company, String name, PhoneNumber phone, String extension, String localNumber) {
	}

	/** An existing client whose account manager is on shift whenever the test runs. */
	private Client client() {
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		var client = clientele.of(manager, "Клієнт АТС");
		return new Client(client.company(), client.name(), client.phone(),
				staff.get(new EmployeeId(manager.requireEmployee())).extension(), client.localNumber());
	}

}
