package ua.relay.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.IntegrationTest;
import ua.relay.Staffing;

/**
 * Guessing passwords: five wrong ones lock the login for a quarter of an hour, the right password included,
 * with the same answer as a wrong one (so a login that does not exist looks the same); then it opens again.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SignInGuardIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	ApplicationClock clock;

	@Autowired
	JdbcClient jdbc;

	/** The present again, and no failure left to lock the tests that sign in after these from the same address. */
	@AfterEach
	void present() {
		clock.resetToPresent();
		jdbc.sql("delete from platform_sign_in_attempt").update();
	}

	@Test
	void fiveWrongPasswordsLockTheLoginEvenForTheRightOneUntilTheLockEnds() throws Exception {
		String login = staffing.hire(Role.CALLER).username();
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin().user(login).password("wrong-" + i)).andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
		}

		mvc.perform(formLogin().user(login).password(Staffing.PASSWORD)).andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/api/v1/me").header("Authorization", basic(login, Staffing.PASSWORD)))
			.andExpect(status().isUnauthorized());

		clock.setTo(clock.instant().plus(Duration.ofMinutes(16)));
		mvc.perform(formLogin().user(login).password(Staffing.PASSWORD)).andExpect(authenticated());
	}

	@Test
	void aLoginThatDoesNotExistIsAnsweredAndLockedTheSame() throws Exception {
		for (int i = 0; i < 6; i++) {
			mvc.perform(formLogin().user("nobody-here").password("guess-" + i)).andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
		}
	}

	@Test
	void anAddressThatGuessesManyLoginsIsLockedForAllOfThem() throws Exception {
		String login = staffing.hire(Role.ACCOUNT_MANAGER).username();
		for (int i = 0; i < 50; i++) {
			mvc.perform(formLogin().user("someone-" + i).password("guess")).andExpect(unauthenticated());
		}
		mvc.perform(formLogin().user(login).password(Staffing.PASSWORD)).andExpect(unauthenticated());
		mvc.perform(post("/login").param("username", login).param("password", Staffing.PASSWORD).with(csrf()).with(request -> {
			request.setRemoteAddr("192.0.2.7"); // another office
			return request;
		})).andExpect(authenticated());
	}

	@Test
	void aSuccessClearsTheCount() throws Exception {
		String login = staffing.hire(Role.CLOSER).username();
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < 4; i++) {
				mvc.perform(formLogin().user(login).password("wrong")).andExpect(unauthenticated());
			}
			mvc.perform(formLogin().user(login).password(Staffing.PASSWORD)).andExpect(authenticated());
		}
	}

	private static String basic(String login, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
