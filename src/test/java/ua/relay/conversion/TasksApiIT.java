package ua.relay.conversion;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.Deals;
import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.platform.Actor;
import ua.relay.platform.Role;

/** A closer's tasks through the API: each refusal has its own status and a stable code, never a 500. */
@IntegrationTest
@AutoConfigureMockMvc
class TasksApiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	Deals deals;

	@Autowired
	DealActivities activities;

	@Autowired
	Clock clock;

	@Test
	void aTaskThatIsMissingAnothersOrDoneIsRefusedWithItsOwnCode() throws Exception {
		var closer = staffing.hire(Role.CLOSER);
		var deal = deals.openFor(closer).id();
		var task = activities.plan(deal, "Надіслати договір", clock.instant().plusSeconds(3_600), false, closer);
		var colleague = staffing.hire(Role.CLOSER);

		mvc.perform(post("/api/v1/conversion/tasks/{id}/done", UUID.randomUUID()).with(basic(closer)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("task.not-found"));
		mvc.perform(post("/api/v1/conversion/tasks/{id}/done", task).with(basic(colleague)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("task.not-yours"));
		mvc.perform(post("/api/v1/conversion/tasks/{id}/done", task).with(basic(closer))).andExpect(status().isNoContent());
		mvc.perform(post("/api/v1/conversion/tasks/{id}/done", task).with(basic(closer)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("task.done"));
	}

	@Test
	void theAdministratorSeesEveryOpenTask() throws Exception {
		var closer = staffing.hire(Role.CLOSER);
		var deal = deals.openFor(closer).id();
		activities.plan(deal, "Зустріч на складі клієнта", clock.instant().plusSeconds(7_200), false, closer);
		var admin = staffing.hire(Role.ADMIN);

		mvc.perform(get("/api/v1/conversion/tasks").with(basic(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.title == 'Зустріч на складі клієнта')]").exists());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(Actor actor) {
		return httpBasic(actor.username(), Staffing.PASSWORD);
	}

}
