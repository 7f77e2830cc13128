package ua.relay.salesorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.platform.Role;

/**
 * Hiring with a login: the head or the administrator hires, the one-time password is shown once, and the
 * new colleague's first page is the one that asks for a password of their own; nobody else may hire.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PeopleIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder encoder;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theHeadHiresACallerWhoseFirstPageAsksForAPasswordOfTheirOwn() throws Exception {
		var head = user(Staffing.principal(staffing.hire(Role.HEAD)));
		String username = "nova-" + UUID.randomUUID().toString().substring(0, 8);
		String answer = mvc.perform(post("/api/v1/admin/employees").with(head).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"fullName": "Ірина Нова", "tier": "LG", "username": "%s", "email": "%s@skif.example", "capacity": 10}"""
				.formatted(username, username)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value(username))
			.andReturn().getResponse().getContentAsString();
		String oneTime = json.readTree(answer).get("oneTimePassword").asString();
		assertThat(oneTime).hasSizeGreaterThanOrEqualTo(16);
		mvc.perform(get("/api/v1/admin/employees").with(head))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.fullName == 'Ірина Нова')].tier").value(org.hamcrest.Matchers.hasItem("LG")));

		UserDetails newcomer = users.loadUserByUsername(username);
		assertThat(newcomer.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CALLER");
		mvc.perform(get("/prospecting/desk").with(user(newcomer))).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/account/password").with(user(newcomer))).andExpect(status().isOk());
		mvc.perform(post("/account/password").with(user(newcomer)).with(csrf()).header("Referer", "http://localhost/account/password")
			.param("current", oneTime).param("password", "короткий").param("passwordAgain", "короткий"))
			.andExpect(redirectedUrl("/account/password"));
		mvc.perform(post("/account/password").with(user(newcomer)).with(csrf())
			.param("current", oneTime).param("password", "власний-пароль-каси").param("passwordAgain", "власний-пароль-каси"))
			.andExpect(redirectedUrl("/"));
		mvc.perform(get("/prospecting/desk").with(user(newcomer))).andExpect(status().isOk());

		var employeeNode = json.readTree(answer).get("employee");
		String employee = employeeNode.isObject() ? employeeNode.get("value").asString() : employeeNode.asString();
		String reset = mvc.perform(post("/api/v1/admin/employees/" + employee + "/reset-password").with(head))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String again = json.readTree(reset).get("oneTimePassword").asString();
		assertThat(again).isNotEqualTo(oneTime);
		UserDetails forgetful = users.loadUserByUsername(username);
		assertThat(encoder.matches("власний-пароль-каси", forgetful.getPassword())).as("the old password stops working").isFalse();
		assertThat(encoder.matches(again, forgetful.getPassword())).isTrue();
		mvc.perform(get("/prospecting/desk").with(user(forgetful))).andExpect(redirectedUrl("/account/password"));
	}

	@Test
	void theAdministratorHiresOnThePageAndSeesTheOneTimePasswordOnce() throws Exception {
		var admin = user(Staffing.principal(staffing.hire(Role.ADMIN)));
		String username = "am-" + UUID.randomUUID().toString().substring(0, 8);
		var hired = mvc.perform(post("/salesorg/staff/hire").with(admin).with(csrf()).param("fullName", "Тарас Новий")
			.param("works", "AM").param("username", username))
			.andExpect(status().is3xxRedirection())
			.andReturn().getFlashMap().get("hired");
		assertThat(hired).isInstanceOfSatisfying(People.Hired.class, login -> {
			assertThat(login.username()).isEqualTo(username);
			assertThat(login.oneTimePassword()).hasSizeGreaterThanOrEqualTo(16);
		});
		var refused = mvc.perform(post("/salesorg/staff/hire").with(admin).with(csrf()).header("Referer", "http://localhost/salesorg/staff")
			.param("fullName", "Ще один").param("works", "AM").param("username", username))
			.andExpect(redirectedUrl("/salesorg/staff"))
			.andReturn().getFlashMap().get("formProblem");
		assertThat(refused).isInstanceOfSatisfying(ua.relay.platform.web.FormProblem.class,
				problem -> assertThat(problem.fields()).containsKey("username"));
	}

	@Test
	void noSalespersonMayHireOrSeeTheEmployees() throws Exception {
		for (Role role : Role.SALES) {
			var someone = user(Staffing.principal(staffing.hire(role)));
			mvc.perform(get("/api/v1/admin/employees").with(someone)).andExpect(status().isForbidden());
			mvc.perform(post("/api/v1/admin/employees").with(someone).contentType(MediaType.APPLICATION_JSON).content("{}"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/salesorg/staff/hire").with(someone).with(csrf()).param("fullName", "X").param("works", "LG")
				.param("username", "x" + UUID.randomUUID().toString().substring(0, 6))).andExpect(status().isForbidden());
		}
	}

}
