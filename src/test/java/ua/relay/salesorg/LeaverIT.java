package ua.relay.salesorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.Clientele;
import ua.relay.Deals;
import ua.relay.IntegrationTest;
import ua.relay.Prospects;
import ua.relay.Staffing;
import ua.relay.platform.Actor;
import ua.relay.platform.DomainException;
import ua.relay.platform.Role;
import ua.relay.platform.UserManagement;
import ua.relay.prospecting.CallOutcome;
import ua.relay.prospecting.CallQueue;
import ua.relay.prospecting.CallReport;

/**
 * Someone leaves in one step: the login stops on the next request (a session, a token), what they held
 * goes on to others with the matrix saying why, and a hand-over that cannot be done changes nothing.
 */
@IntegrationTest
@AutoConfigureMockMvc
class LeaverIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	Staff staff;

	@Autowired
	UserManagement users;

	@Autowired
	Leavers leavers;

	@Autowired
	Prospects prospects;

	@Autowired
	CallQueue queue;

	@Autowired
	Deals deals;

	@Autowired
	Clientele clientele;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCallerLeavesMidShiftTheProspectGoesBackTheCallbacksToTheTeamAndTheLoginStopsAtOnce() throws Exception {
		var team = staff.formTeam("Нічна зміна " + UUID.randomUUID().toString().substring(0, 6), Tier.LG);
		var leaver = caller("Оксана Пішла", team);
		var mate = caller("Петро Лишився", team);
		String token = users.issueApiToken(leaver, "softphone");
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		var session = signIn(leaver.username());
		mvc.perform(get("/prospecting/desk").cookie(session)).andExpect(status().isOk());

		prospects.queueFirst();
		var promised = queue.next(leaver).orElseThrow();
		queue.record(promised.id(), new CallReport(CallOutcome.CALLBACK, "о п’ятій", java.time.Instant.now().plus(Duration.ofHours(3))),
				leaver);
		prospects.queueFirst();
		var onLine = queue.next(leaver).orElseThrow();

		var employee = new EmployeeId(leaver.requireEmployee());
		var summary = leavers.summary(employee);
		assertThat(summary.count(HeldWork.Kind.PROSPECT_ON_LINE)).isEqualTo(1);
		assertThat(summary.count(HeldWork.Kind.CALLBACKS)).isEqualTo(1);

		var head = staffing.hire(Role.HEAD);
		mvc.perform(get("/salesorg/staff/" + employee.value() + "/leave").with(user(Staffing.principal(head))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-kind=\"PROSPECT_ON_LINE\"")))
			.andExpect(content().string(containsString("data-kind=\"CALLBACKS\"")));
		var left = mvc.perform(post("/salesorg/staff/" + employee.value() + "/leave").with(user(Staffing.principal(head)))
			.with(csrf()))
			.andExpect(redirectedUrl("/salesorg/staff#left"))
			.andReturn().getFlashMap().get("left");
		assertThat(left).isInstanceOfSatisfying(Leavers.Left.class, done -> {
			assertThat(done.loginClosed()).isEqualTo(leaver.username());
			assertThat(done.moved()).containsExactly(
					new Leavers.Moved(HeldWork.Kind.PROSPECT_ON_LINE, null, null, 1),
					new Leavers.Moved(HeldWork.Kind.CALLBACKS, new EmployeeId(mate.requireEmployee()), "Петро Лишився", 1));
		});

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
		mvc.perform(get("/prospecting/desk").cookie(session)).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/login").with(csrf()).param("username", leaver.username()).param("password", Staffing.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(jdbc.sql("select holder_id from prospecting_prospect where id = ?").param(onLine.id().value())
			.query(UUID.class).optional()).as("the prospect on the line is free for the next caller").isEmpty();
		assertThat(jdbc.sql("select callback_owner from prospecting_prospect where id = ?").param(promised.id().value())
			.query(UUID.class).single()).isEqualTo(mate.requireEmployee());
		assertThat(staff.get(employee).active()).isFalse();
		assertThat(queue.next(mate)).as("the teammate gets a prospect; the queue works on").isPresent();

		mvc.perform(post("/api/v1/admin/employees/" + employee.value() + "/leave").with(user(Staffing.principal(head))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("leaver.already-left"));
	}

	@Test
	void aClosersLeadsAndDealsGoToTheChosenCloserAndTheMatrixHistorySaysWhy() throws Exception {
		var closer = staffing.hire(Role.CLOSER);
		var deal = deals.openFor(closer);
		var successor = staffing.hire(Role.CLOSER);
		var admin = staffing.hire(Role.ADMIN);
		var leaving = new EmployeeId(closer.requireEmployee());
		assertThat(leavers.summary(leaving).count(HeldWork.Kind.DEALS)).isEqualTo(1);

		mvc.perform(post("/api/v1/admin/employees/" + leaving.value() + "/leave").with(user(Staffing.principal(admin)))
			.contentType(MediaType.APPLICATION_JSON).content("{\"closerId\": \"" + successor.requireEmployee() + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.moved[0].kind").value("DEALS"))
			.andExpect(jsonPath("$.moved[0].toName").value(successor.username()))
			.andExpect(jsonPath("$.moved[0].count").value(1));

		assertThat(jdbc.sql("select closer_id from conversion_deal where id = ?").param(deal.id().value()).query(UUID.class)
			.single()).isEqualTo(successor.requireEmployee());
		assertThat(jdbc.sql("select count(*) from conversion_task where deal_id = ? and done_at is null and assignee = ?")
			.params(deal.id().value(), leaving.value()).query(Long.class).single()).as("no open task is left with the leaver")
			.isZero();
		var history = jdbc.sql("""
				select employee_id, reason from salesorg_responsibility_history where company_id = ? and stage = 'LC'
				order by assigned_at desc
				""")
			.param(deal.company().id().value())
			.query((rs, n) -> rs.getObject(1, UUID.class) + " " + rs.getString(2))
			.list();
		assertThat(history.get(0)).isEqualTo(successor.requireEmployee() + " reason.leaver-handover|" + closer.username());
		assertThat(history).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void clientsGoByTheSpecialisationRuleToAnotherAccountManagerNeverBackToTheLeaver() {
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		var client = clientele.of(manager, "Склад Лівий Берег");
		staffing.hire(Role.ACCOUNT_MANAGER);
		var leaving = new EmployeeId(manager.requireEmployee());

		var left = leavers.leave(leaving, null, null, staffing.hire(Role.HEAD));

		assertThat(left.moved()).singleElement().satisfies(moved -> {
			assertThat(moved.kind()).isEqualTo(HeldWork.Kind.CLIENTS);
			assertThat(moved.to()).isNotEqualTo(leaving);
			assertThat(staff.get(moved.to()).tier()).isEqualTo(Tier.AM);
			assertThat(staff.get(moved.to()).active()).isTrue();
		});
		assertThat(jdbc.sql("select account_manager_id from accounts_client where id = ?").param(client.clientId())
			.query(UUID.class).single()).isEqualTo(left.moved().get(0).to().value());
	}

	@Test
	void aHandOverThatCannotBeDoneChangesNothingTheLoginStaysOpen() {
		var closer = staffing.hire(Role.CLOSER);
		deals.openFor(closer);
		var caller = staffing.hire(Role.CALLER);
		var leaving = new EmployeeId(closer.requireEmployee());

		assertThatThrownBy(() -> leavers.leave(leaving, new EmployeeId(caller.requireEmployee()), null,
				staffing.hire(Role.HEAD)))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("assignment.wrong-tier"));

		assertThat(staff.get(leaving).active()).isTrue();
		assertThat(jdbc.sql("select enabled from platform_user where id = ?").param(closer.userId()).query(Boolean.class)
			.single()).isTrue();
		assertThat(leavers.summary(leaving).count(HeldWork.Kind.DEALS)).isEqualTo(1);
	}

	@Test
	void noSalespersonLetsAnyoneGoNorMayTheHeadLetThemselvesGo() throws Exception {
		var someone = staffing.hire(Role.CALLER);
		for (Role role : Role.SALES) {
			var salesperson = user(Staffing.principal(staffing.hire(role)));
			mvc.perform(post("/api/v1/admin/employees/" + someone.requireEmployee() + "/leave").with(salesperson))
				.andExpect(status().isForbidden());
			mvc.perform(get("/salesorg/staff/" + someone.requireEmployee() + "/leave").with(salesperson))
				.andExpect(status().isForbidden());
			mvc.perform(post("/salesorg/staff/" + someone.requireEmployee() + "/leave").with(salesperson).with(csrf()))
				.andExpect(status().isForbidden());
		}
		var head = staffing.hire(Role.HEAD);
		mvc.perform(get("/salesorg/staff/" + someone.requireEmployee() + "/leave").with(user(Staffing.principal(head))))
			.andExpect(status().isOk());
		assertThatThrownBy(() -> leavers.leave(new EmployeeId(head.requireEmployee()), null, null, head))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("leaver.self"));
		assertThat(staff.get(new EmployeeId(someone.requireEmployee())).active()).isTrue();
	}

	private Actor caller(String name, TeamId team) {
		var employee = staff.hire(new NewEmployee(name, Tier.LG, team, false, null));
		String username = "c-" + UUID.randomUUID().toString().substring(0, 8);
		var id = users.createUser(username, Staffing.PASSWORD, name, EnumSet.of(Role.CALLER), employee.value());
		return new Actor(id, username, name, employee.value(), EnumSet.of(Role.CALLER));
	}

	/** Signs in through the form; the session cookie a browser would send back. */
	private Cookie signIn(String username) throws Exception {
		return mvc.perform(post("/login").with(csrf()).param("username", username)
			.param("password", Staffing.PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getCookie("JSESSIONID");
	}

}
