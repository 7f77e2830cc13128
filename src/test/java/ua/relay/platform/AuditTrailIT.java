package ua.relay.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Leavers;

/**
 * The audit trail records sign-ins (failed ones with their address), leavers and files downloaded, as
 * they happen; the administrator and the head read it on a page, as CSV and through the API, nobody else.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AuditTrailIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	Leavers leavers;

	@Autowired
	AuditTrail audit;

	@Test
	void signInsFailedOnesWithTheirAddressLeaversAndDownloadsAreRecordedAndReadByTheHead() throws Exception {
		var caller = staffing.hire(Role.CALLER);
		mvc.perform(post("/login").with(csrf()).with(request -> {
			request.setRemoteAddr("203.0.113.7");
			return request;
		}).param("username", caller.username()).param("password", "не той пароль"));
		mvc.perform(post("/login").with(csrf()).param("username", caller.username()).param("password", Staffing.PASSWORD));
		var head = staffing.hire(Role.HEAD);
		leavers.leave(new EmployeeId(caller.requireEmployee()), null, null, head);

		var trail = audit.list(new AuditTrail.Filter(null, null, caller.username(), null), 0);
		assertThat(trail).extracting(AuditTrail.Entry::action).containsSubsequence("sign-in", "sign-in-failed");
		assertThat(trail).filteredOn(e -> e.action().equals("sign-in-failed")).singleElement()
			.satisfies(failed -> {
				assertThat(failed.address()).isEqualTo("203.0.113.7");
				assertThat(failed.details()).isEqualTo("wrong password");
			});
		var left = audit.list(new AuditTrail.Filter(null, null, head.username(), "employee-left"), 0);
		assertThat(left).singleElement().satisfies(e -> {
			assertThat(e.subject()).isEqualTo(caller.username());
			assertThat(e.details()).contains("login " + caller.username() + " closed");
		});

		var asHead = user(Staffing.principal(head));
		mvc.perform(get("/admin/audit").with(asHead).param("actor", head.username()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-action=\"employee-left\"")));
		String csv = mvc.perform(get("/admin/audit/export.csv").with(asHead).param("action", "sign-in-failed")
			.param("actor", caller.username()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("203.0.113.7").contains(caller.username()).doesNotContain("employee-left");
		mvc.perform(get("/api/v1/admin/audit").with(asHead).param("actor", head.username()).param("action", "export"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].subject").value("audit.csv"))
			.andExpect(jsonPath("$[0].details").value(containsString("/admin/audit/export.csv")));
	}

	@Test
	void onlyTheAdministratorAndTheHeadReadTheTrail() throws Exception {
		for (Role role : Role.SALES) {
			var salesperson = user(Staffing.principal(staffing.hire(role)));
			mvc.perform(get("/admin/audit").with(salesperson)).andExpect(status().isForbidden());
			mvc.perform(get("/admin/audit/export.csv").with(salesperson)).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/admin/audit").with(salesperson)).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/admin/audit").with(user(Staffing.principal(staffing.hire(Role.ADMIN)))))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/admin/audit")).andExpect(status().isUnauthorized());
	}

}
