package ua.relay.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.platform.Actor;
import ua.relay.platform.AuditTrail;
import ua.relay.platform.Role;

/**
 * The head and the administrator may add a second factor to their sign-in (TOTP, RFC 6238): set up with a
 * code of the app, then asked at every sign-in on the page, each code accepted once; HTTP Basic cannot
 * carry it, so such a login's programs use a token; a new one-time password from a colleague turns it off
 * (a lost phone). Nobody else sets one up.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SecondFactorIT {

	/** An address of its own, so that other tests' failures from the usual one lock nothing here. */
	private static final RequestPostProcessor ADDRESS = request -> {
		request.setRemoteAddr("198.51.100.61");
		return request;
	};

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	Clock clock;

	@Autowired
	AuditTrail audit;

	@Autowired
	UserAccounts accounts;

	@Test
	void onceOnTheSignInAsksForTheCodeAndTakesEachCodeOnce() throws Exception {
		var head = staffing.hire(Role.HEAD);
		String secret = turnOn(head);

		mvc.perform(post("/login").with(csrf()).with(ADDRESS).param("username", head.username()).param("password", Staffing.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		long step = Totp.step(clock.instant());
		String code = Totp.code(Totp.fromBase32(secret), step + 1); // the step after the one the setup took
		mvc.perform(post("/login").with(csrf()).with(ADDRESS).param("username", head.username()).param("password", Staffing.PASSWORD)
			.param("code", code))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error"));
		mvc.perform(post("/login").with(csrf()).with(ADDRESS).param("username", head.username()).param("password", Staffing.PASSWORD)
			.param("code", code))
			.andExpect(redirectedUrl("/login?error")); // the same code twice
		mvc.perform(post("/login").with(csrf()).with(ADDRESS).param("username", head.username()).param("password", "не той пароль")
			.param("code", Totp.code(Totp.fromBase32(secret), step + 1)))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/api/v1/me").with(httpBasic(head.username(), Staffing.PASSWORD)))
			.andExpect(status().isUnauthorized());
		assertThat(audit.list(new AuditTrail.Filter(null, null, head.username(), "sign-in-failed"), 0))
			.extracting(AuditTrail.Entry::details)
			.contains("no code", "wrong code");
	}

	@Test
	void aWrongCodeSetsNothingUpAndTurningItOffTakesACode() throws Exception {
		var admin = staffing.hire(Role.ADMIN);
		var asAdmin = user(Staffing.principal(admin));
		var session = mvc.perform(post("/account/second-factor/start").with(asAdmin).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getCookie("JSESSIONID");
		mvc.perform(post("/account/second-factor").with(asAdmin).with(csrf()).cookie(session).param("code", "000000"))
			.andExpect(status().is(422));
		mvc.perform(post("/login").with(csrf()).with(ADDRESS).param("username", admin.username()).param("password", Staffing.PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error"));

		String secret = turnOn(admin);
		mvc.perform(post("/account/second-factor/off").with(asAdmin).with(csrf()).param("code", "123456"))
			.andExpect(status().is(422));
		mvc.perform(post("/account/second-factor/off").with(asAdmin).with(csrf())
			.param("code", Totp.code(Totp.fromBase32(secret), Totp.step(clock.instant()) + 1)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/login").with(csrf()).with(ADDRESS).param("username", admin.username()).param("password", Staffing.PASSWORD))
			.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error"));
	}

	@Test
	void aNewOneTimePasswordFromAColleagueTurnsItOffAndNoSalespersonSetsOneUp() throws Exception {
		var head = staffing.hire(Role.HEAD);
		turnOn(head);
		var colleague = user(Staffing.principal(staffing.hire(Role.ADMIN)));
		mvc.perform(post("/api/v1/admin/employees/{id}/reset-password", head.requireEmployee()).with(colleague))
			.andExpect(status().isOk());
		assertThat(accounts.secondFactor(head.userId())).as("off with the new one-time password").isEmpty();
		mvc.perform(post("/login").with(csrf()).with(ADDRESS).param("username", head.username())
			.param("password", Staffing.PASSWORD))
			.andExpect(redirectedUrl("/login?error")); // the old password is gone too

		for (Role role : Role.SALES) {
			var salesperson = user(Staffing.principal(staffing.hire(role)));
			mvc.perform(post("/account/second-factor/start").with(salesperson).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post("/account/second-factor").with(salesperson).with(csrf()).param("code", "123456"))
				.andExpect(status().isForbidden());
		}
	}

	/** Sets the second factor up as the page does, and returns its secret. */
	private String turnOn(Actor actor) throws Exception {
		var as = user(Staffing.principal(actor));
		var session = mvc.perform(post("/account/second-factor/start").with(as).with(csrf()))
			.andExpect(redirectedUrl("/account#second-factor"))
			.andReturn().getResponse().getCookie("JSESSIONID");
		// the key the page shows for typing into the authenticator app
		var page = mvc.perform(get("/account").with(as).cookie(session)).andReturn().getResponse().getContentAsString();
		var shown = java.util.regex.Pattern.compile("id=\"second-factor-key\">([^<]+)<").matcher(page);
		assertThat(shown.find()).as("the account page shows the key").isTrue();
		String secret = shown.group(1).replace(" ", "");
		assertThat(secret).matches("[A-Z2-7]{32}");
		mvc.perform(post("/account/second-factor").with(as).with(csrf()).cookie(session)
			.param("code", Totp.code(Totp.fromBase32(secret), Totp.step(clock.instant()))))
			.andExpect(redirectedUrl("/account#second-factor"));
		return secret;
	}

}
