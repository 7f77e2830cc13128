package ua.relay.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.IntegrationTest;
import ua.relay.Staffing;

/** Personal API tokens are listed on their user's page and revoked there: the next call with one is refused. */
@IntegrationTest
@AutoConfigureMockMvc
class ApiTokensIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	UserManagement users;

	@Test
	void aTokenIssuedOnThePageIsListedAndOnceRevokedRefusedTheNextCall() throws Exception {
		var closer = staffing.hire(Role.CLOSER);
		var me = user(Staffing.principal(closer));
		String token = (String) mvc.perform(post("/account/tokens").with(me).with(csrf()).param("name", "софтфон"))
			.andExpect(redirectedUrl("/account#issued"))
			.andReturn().getFlashMap().get("issued");
		assertThat(token).startsWith("rly_");
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		mvc.perform(get("/account").with(me))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-token=\"софтфон\"")));

		var listed = users.tokens(closer);
		assertThat(listed).singleElement().satisfies(t -> assertThat(t.name()).isEqualTo("софтфон"));
		var someoneElse = user(Staffing.principal(staffing.hire(Role.CLOSER)));
		mvc.perform(delete("/api/v1/me/tokens/" + listed.get(0).id()).with(someoneElse)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

		mvc.perform(post("/account/tokens/" + listed.get(0).id() + "/revoke").with(me).with(csrf()))
			.andExpect(redirectedUrl("/account"));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me/tokens").with(me)).andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
	}

	@Test
	void aTokenWithoutANameIsRefusedWithTheReason() throws Exception {
		var me = user(Staffing.principal(staffing.hire(Role.ACCOUNT_MANAGER)));
		mvc.perform(post("/account/tokens").with(me).with(csrf()).header("Referer", "http://localhost/account").param("name", " "))
			.andExpect(redirectedUrl("/account"));
		mvc.perform(get("/api/v1/me/tokens").with(me)).andExpect(jsonPath("$").isEmpty());
	}

}
