package ua.relay.salesorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

import ua.relay.Deals;
import ua.relay.IntegrationTest;
import ua.relay.Prospects;
import ua.relay.Staffing;
import ua.relay.platform.Actor;
import ua.relay.platform.AuditTrail;
import ua.relay.platform.DomainException;
import ua.relay.platform.Role;
import ua.relay.platform.UserManagement;
import ua.relay.prospecting.CallOutcome;
import ua.relay.prospecting.CallQueue;
import ua.relay.prospecting.CallReport;

/**
 * Teams are formed, renamed and closed once empty; an employee moves between teams, and between tiers in
 * one step: the new role (their open session signs in again), what they held in the old tier handed over
 * with the matrix saying it was their move, and the move kept on their card.
 */
@IntegrationTest
@AutoConfigureMockMvc
class TransfersIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	Staff staff;

	@Autowired
	Teams teams;

	@Autowired
	Transfers transfers;

	@Autowired
	UserManagement users;

	@Autowired
	Prospects prospects;

	@Autowired
	CallQueue queue;

	@Autowired
	Deals deals;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCallerGrowsIntoACloserTheirCallbackStaysWithTheTeamAndTheirSessionSignsInAgain() throws Exception {
		var head = staffing.hire(Role.HEAD);
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		var day = teams.form("Денна " + suffix, Tier.LG, head);
		var closers = teams.form("Закривачі " + suffix, Tier.LC, head);
		var mover = caller("Андрій Зростає", day);
		var mate = caller("Марія Лишається", day);
		var session = signIn(mover.username());
		mvc.perform(get("/prospecting/desk").cookie(session)).andExpect(status().isOk());
		prospects.queueFirst();
		var promised = queue.next(mover).orElseThrow();
		queue.record(promised.id(), new CallReport(CallOutcome.CALLBACK, "після обіду",
				java.time.Instant.now().plus(Duration.ofHours(2))), mover);

		var moved = transfers.move(new EmployeeId(mover.requireEmployee()), Tier.LC, closers, null, null, head);

		assertThat(moved.move().fromTier()).isEqualTo(Tier.LG);
		assertThat(moved.move().toTeam()).isEqualTo("Закривачі " + suffix);
		assertThat(moved.handed()).containsExactly(
				new Leavers.Moved(HeldWork.Kind.CALLBACKS, new EmployeeId(mate.requireEmployee()), "Марія Лишається", 1));
		var now = staff.get(new EmployeeId(mover.requireEmployee()));
		assertThat(now.tier()).isEqualTo(Tier.LC);
		assertThat(now.team()).isEqualTo("Закривачі " + suffix);
		assertThat(jdbc.sql("select callback_owner from prospecting_prospect where id = ?").param(promised.id().value())
			.query(UUID.class).single()).isEqualTo(mate.requireEmployee());
		mvc.perform(get("/prospecting/desk").cookie(session)).andExpect(redirectedUrl("/login"));
		var again = signIn(mover.username());
		mvc.perform(get("/conversion/inbox").cookie(again)).andExpect(status().isOk());
		mvc.perform(get("/prospecting/desk").cookie(again)).andExpect(status().isForbidden());
		assertThat(transfers.moves(new EmployeeId(mover.requireEmployee()))).singleElement()
			.satisfies(m -> assertThat(m.by()).isEqualTo(head.username()));
		assertThat(audit.list(new AuditTrail.Filter(null, null, head.username(), "employee-moved"), 0)).singleElement()
			.satisfies(e -> assertThat(e.details()).contains("LG (Денна " + suffix + ") → LC (Закривачі " + suffix + ")"));
	}

	@Test
	void aCloserWhoBecomesAnAccountManagerHandsTheirDealsOnAndTheMatrixSaysItWasTheirMove() throws Exception {
		var closer = staffing.hire(Role.CLOSER);
		var deal = deals.openFor(closer);
		var successor = staffing.hire(Role.CLOSER);
		var admin = user(Staffing.principal(staffing.hire(Role.ADMIN)));

		mvc.perform(post("/api/v1/admin/employees/{id}/move", closer.requireEmployee()).with(admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"tier\": \"AM\", \"closerId\": \"" + successor.requireEmployee() + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.move.toTier").value("AM"))
			.andExpect(jsonPath("$.handed[0].kind").value("DEALS"))
			.andExpect(jsonPath("$.handed[0].toName").value(successor.username()));

		assertThat(jdbc.sql("select closer_id from conversion_deal where id = ?").param(deal.id().value()).query(UUID.class)
			.single()).isEqualTo(successor.requireEmployee());
		var reason = jdbc.sql("""
				select reason from salesorg_responsibility_history where company_id = ? and stage = 'LC'
				order by assigned_at desc
				""")
			.param(deal.company().id().value())
			.query(String.class)
			.list()
			.get(0);
		assertThat(reason).isEqualTo("reason.transfer-handover|" + closer.username());
		mvc.perform(get("/api/v1/admin/employees/{id}/moves", closer.requireEmployee()).with(admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].fromTier").value("LC"))
			.andExpect(jsonPath("$[0].toTier").value("AM"));
	}

	@Test
	void aTeamIsRenamedAndClosedOnlyOnceEmptyAndNobodyJoinsItClosedOrOfAnotherTier() throws Exception {
		var head = staffing.hire(Role.HEAD);
		var asHead = user(Staffing.principal(head));
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/salesorg/teams").with(asHead).with(csrf()).param("name", "Ранкова " + suffix).param("tier", "LG"))
			.andExpect(status().is3xxRedirection());
		var team = teams.all().stream().filter(t -> t.name().equals("Ранкова " + suffix)).findFirst().orElseThrow();
		mvc.perform(post("/salesorg/teams/{id}", team.id().value()).with(asHead).with(csrf()).param("name", "Світанкова " + suffix))
			.andExpect(status().is3xxRedirection());
		assertThat(teams.get(team.id()).name()).isEqualTo("Світанкова " + suffix);

		var member = caller("Ольга Ранкова", team.id());
		assertThatThrownBy(() -> teams.close(team.id(), head)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo("team.not-empty"));
		assertThatThrownBy(() -> transfers.move(new EmployeeId(member.requireEmployee()), Tier.LC, team.id(), null, null, head))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("team.other-tier"));
		transfers.move(new EmployeeId(member.requireEmployee()), Tier.LG, null, null, null, head);
		assertThat(staff.get(new EmployeeId(member.requireEmployee())).team()).isNull();

		mvc.perform(post("/salesorg/teams/{id}/close", team.id().value()).with(asHead).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(teams.get(team.id()).open()).isFalse();
		assertThatThrownBy(() -> transfers.move(new EmployeeId(member.requireEmployee()), Tier.LG, team.id(), null, null, head))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("team.closed"));
		mvc.perform(post("/api/v1/admin/employees").with(asHead).contentType(MediaType.APPLICATION_JSON).content("""
				{"fullName": "У Закриту", "tier": "LG", "username": "closed-%s", "teamId": "%s"}"""
			.formatted(suffix, team.id().value())))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.code").value("team.other-tier"));
	}

	@Test
	void onlyTheHeadAndTheAdministratorChangeTeamsAndMovePeople() throws Exception {
		var someone = staffing.hire(Role.CALLER);
		for (Role role : Role.SALES) {
			var salesperson = user(Staffing.principal(staffing.hire(role)));
			mvc.perform(get("/salesorg/teams").with(salesperson)).andExpect(status().isForbidden());
			mvc.perform(post("/salesorg/teams").with(salesperson).with(csrf()).param("name", "X").param("tier", "LG"))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/admin/teams").with(salesperson)).andExpect(status().isForbidden());
			mvc.perform(get("/salesorg/staff/{id}/move", someone.requireEmployee()).with(salesperson))
				.andExpect(status().isForbidden());
			mvc.perform(post("/api/v1/admin/employees/{id}/move", someone.requireEmployee()).with(salesperson)
				.contentType(MediaType.APPLICATION_JSON).content("{\"tier\": \"LC\"}"))
				.andExpect(status().isForbidden());
		}
		assertThat(staff.get(new EmployeeId(someone.requireEmployee())).tier()).isEqualTo(Tier.LG);
		var head = user(Staffing.principal(staffing.hire(Role.HEAD)));
		mvc.perform(get("/salesorg/teams").with(head)).andExpect(status().isOk());
		mvc.perform(get("/salesorg/staff/{id}/move", someone.requireEmployee()).with(head)).andExpect(status().isOk());
	}

	private Actor caller(String name, TeamId team) {
		var employee = staff.hire(new NewEmployee(name, Tier.LG, team, false, null));
		String username = "t-" + UUID.randomUUID().toString().substring(0, 8);
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
