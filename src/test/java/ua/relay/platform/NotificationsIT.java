package ua.relay.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.Deals;
import ua.relay.Staffing;
import ua.relay.TestDatabase;
import ua.relay.conversion.LeadInbox;

/**
 * The bell tells each employee what concerns them, and nobody else: a closer of a new lead, a caller of a
 * lead returned with why; opening one marks it read and leads to its record.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabase.class)
@AutoConfigureMockMvc
class NotificationsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	Deals deals;

	@Autowired
	Notifications notifications;

	@Autowired
	LeadInbox inbox;

	@Test
	void aCloserIsToldOfANewLeadAndOpeningItMarksItReadAndLeadsToTheLead() throws Exception {
		var closer = staffing.hire(Role.CLOSER);
		var deal = deals.openFor(closer);
		var told = notifications.recent(closer);
		assertThat(told).anySatisfy(n -> {
			assertThat(n.kind()).isEqualTo(Notifications.Kind.NEW_LEAD);
			assertThat(n.path()).isEqualTo("/conversion/leads/" + deal.leadId().value());
			assertThat(n.subject()).isEqualTo(deal.company().displayName());
		});
		var asCloser = user(Staffing.principal(closer));
		long unread = notifications.unread(closer);
		assertThat(unread).isPositive();
		mvc.perform(get("/notifications/bell").with(asCloser))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-unread=\"" + unread + "\"")));
		var lead = told.stream().filter(n -> n.kind() == Notifications.Kind.NEW_LEAD).findFirst().orElseThrow();
		mvc.perform(get("/notifications/{id}", lead.id()).with(user(Staffing.principal(staffing.hire(Role.CLOSER)))))
			.andExpect(redirectedUrl("/notifications"));
		assertThat(notifications.unread(closer)).as("another's click").isEqualTo(unread);
		mvc.perform(get("/notifications/{id}", lead.id()).with(asCloser))
			.andExpect(redirectedUrl("/conversion/leads/" + deal.leadId().value()));
		assertThat(notifications.unread(closer)).isEqualTo(unread - 1);
		mvc.perform(get("/api/v1/me/notifications").with(asCloser))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unread").value(unread - 1));
		mvc.perform(post("/notifications/read").with(asCloser).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(notifications.unread(closer)).isZero();
	}

	@Test
	void aCallerIsToldOfALeadReturnedWithWhy() {
		var caller = staffing.hire(Role.CALLER);
		var lead = deals.leadFrom(caller);
		inbox.reject(lead.id(), "Вже працюють з іншим перевізником", false, Staffing.as(lead.closerId(), Role.CLOSER));
		assertThat(notifications.recent(caller)).anySatisfy(n -> {
			assertThat(n.kind()).isEqualTo(Notifications.Kind.LEAD_RETURNED);
			assertThat(n.detail()).isEqualTo("Вже працюють з іншим перевізником");
		});
	}

}
