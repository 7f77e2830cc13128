package ua.relay.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.platform.Role;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Staff;

/** A number clicked in a page is dialled by the PBX from the employee's extension, or falls back to tel:. */
@IntegrationTest
@AutoConfigureMockMvc
class ClickToCallIT {

	static final FakePbx PBX;

	static {
		try {
			PBX = new FakePbx();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void pbx(DynamicPropertyRegistry registry) {
		registry.add("relay.telephony.click-to-call.adapter", () -> "webhook");
		registry.add("relay.telephony.click-to-call.url", PBX::url);
		registry.add("relay.telephony.click-to-call.key", () -> "hook-token");
	}

	@AfterAll
	static void stop() {
		PBX.close();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	Staff staff;

	@Test
	void thePbxRingsTheEmployeesExtensionAndAFailureOffersTheTelLink() throws Exception {
		var closer = staffing.hire(Role.CLOSER);
		String extension = staff.get(new EmployeeId(closer.requireEmployee())).extension();
		PBX.answering(200, "{}");

		mvc.perform(post("/telephony/dial").param("number", "(067) 765-43-21").with(csrf())
			.with(user(Staffing.principal(closer))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-placed=\"true\"")))
			.andExpect(content().string(Matchers.containsString("Ваш телефон дзвонить")));
		var request = JsonMapper.builder().build().readTree(PBX.requests.get(PBX.requests.size() - 1).body());
		assertThat(request.path("extension").asString()).isEqualTo(extension);
		assertThat(request.path("number").asString()).isEqualTo("+380677654321");

		PBX.answering(500, "down");
		mvc.perform(post("/telephony/dial").param("number", "0677654321").with(csrf()).with(user(Staffing.principal(closer))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-placed=\"false\"")))
			.andExpect(content().string(Matchers.containsString("href=\"tel:+380677654321\"")));
	}

	@Test
	void anAdministratorWithoutAnExtensionIsNotLetIn() throws Exception {
		mvc.perform(post("/telephony/dial").param("number", "0677654321").with(csrf())
			.with(user(Staffing.principal(staffing.hire(Role.ADMIN)))))
			.andExpect(status().isForbidden());
	}

}
