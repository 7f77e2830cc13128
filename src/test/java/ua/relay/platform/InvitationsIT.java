package ua.relay.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import tools.jackson.databind.json.JsonMapper;

import ua.relay.Mailbox;
import ua.relay.Staffing;
import ua.relay.TestDatabase;

/**
 * A new colleague's login starts by an invitation sent through a real SMTP server: the link in the e-mail
 * opens a page where they choose their password, once; a used, replaced or expired link opens nothing;
 * an invitation that cannot be sent hires nobody.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025" })
@ContextConfiguration(initializers = TestDatabase.class)
@AutoConfigureMockMvc
class InvitationsIT {

	private static final Pattern LINK = Pattern.compile("http://localhost(:\\d+)?(/invitation/[A-Za-z0-9_-]+)");

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	AuditTrail audit;

	@Autowired
	ApplicationClock clock;

	@Test
	void theInvitedColleagueChoosesTheirPasswordFromTheLinkOnce() throws Exception {
		var head = user(Staffing.principal(staffing.hire(Role.HEAD)));
		String username = "inv-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/api/v1/admin/employees").with(head).contentType(MediaType.APPLICATION_JSON).content("""
				{"fullName": "Ірина Запрошена", "tier": "LC", "username": "%s", "email": "%s@skif.example"}"""
			.formatted(username, username)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.oneTimePassword").doesNotExist())
			.andExpect(jsonPath("$.invitedAt").value(username + "@skif.example"))
			.andExpect(jsonPath("$.invitationExpires").exists());

		String link = linkIn(Mailbox.lastTo(smtp, username + "@skif.example"));
		mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString(username)));
		mvc.perform(post(link).with(csrf()).param("password", "коротко").param("passwordAgain", "коротко"))
			.andExpect(status().is(422));
		mvc.perform(get(link)).andExpect(status().isOk()); // a refused password does not use the link up
		mvc.perform(post(link).with(csrf()).param("password", "Кава-на-Подолі-о-дев'ятій")
			.param("passwordAgain", "Кава-на-Подолі-о-дев'ятій"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(formLogin().user(username).password("Кава-на-Подолі-о-дев'ятій")).andExpect(authenticated());
		mvc.perform(get(link)).andExpect(status().isGone())
			.andExpect(content().string(containsString("invitation-invalid")));
		mvc.perform(post(link).with(csrf()).param("password", "Інший-пароль-на-потім")
			.param("passwordAgain", "Інший-пароль-на-потім"))
			.andExpect(status().is4xxClientError());
		mvc.perform(formLogin().user(username).password("Інший-пароль-на-потім")).andExpect(unauthenticated());
		assertThat(audit.list(new AuditTrail.Filter(null, null, username, null), 0)).extracting(AuditTrail.Entry::action)
			.contains("invitation-accepted");
	}

	@Test
	void aNewInvitationReplacesTheOldAndALinkExpires() throws Exception {
		var head = user(Staffing.principal(staffing.hire(Role.HEAD)));
		String username = "inv-" + UUID.randomUUID().toString().substring(0, 8);
		String answer = mvc.perform(post("/api/v1/admin/employees").with(head).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"fullName": "Олег Запрошений", "tier": "AM", "username": "%s", "email": "%s@skif.example"}"""
				.formatted(username, username)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		var employeeNode = JsonMapper.builder().build().readTree(answer).get("employee");
		String employee = employeeNode.isObject() ? employeeNode.get("value").asString() : employeeNode.asString();
		String first = linkIn(Mailbox.lastTo(smtp, username + "@skif.example"));
		mvc.perform(post("/api/v1/admin/employees/{id}/invite", employee).with(head)).andExpect(status().isOk());
		String second = linkIn(Mailbox.lastTo(smtp, username + "@skif.example"));
		assertThat(second).isNotEqualTo(first);
		mvc.perform(get(first)).andExpect(status().isGone()); // replaced
		mvc.perform(get(second)).andExpect(status().isOk());
		try {
			clock.setTo(Instant.now().plus(Duration.ofHours(73)));
			mvc.perform(get(second)).andExpect(status().isGone()); // expired
		}
		finally {
			clock.resetToPresent();
		}
	}

	@Test
	void withoutAnEmailOrWhenAskedTheLoginStartsWithAOneTimePassword() throws Exception {
		var head = user(Staffing.principal(staffing.hire(Role.HEAD)));
		mvc.perform(post("/api/v1/admin/employees").with(head).contentType(MediaType.APPLICATION_JSON).content("""
				{"fullName": "Без Пошти", "tier": "LG", "username": "np-%s"}""".formatted(UUID.randomUUID().toString()
			.substring(0, 8))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.oneTimePassword").isNotEmpty())
			.andExpect(jsonPath("$.invitedAt").doesNotExist());
		mvc.perform(post("/api/v1/admin/employees").with(head).contentType(MediaType.APPLICATION_JSON).content("""
				{"fullName": "Не Запрошувати", "tier": "LG", "username": "ni-%s", "email": "ni@skif.example", "invite": false}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.oneTimePassword").isNotEmpty());
		mvc.perform(post("/api/v1/admin/employees").with(head).contentType(MediaType.APPLICATION_JSON).content("""
				{"fullName": "Запросити Без Пошти", "tier": "LG", "username": "ne-%s", "invite": true}"""
			.formatted(UUID.randomUUID().toString().substring(0, 8))))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.code").value("employee.email-for-invitation"));
	}

	@Test
	void anInvitationThatCannotBeSentHiresNobody() throws Exception {
		var head = user(Staffing.principal(staffing.hire(Role.HEAD)));
		String username = "down-" + UUID.randomUUID().toString().substring(0, 8);
		smtp.stop();
		try {
			mvc.perform(post("/api/v1/admin/employees").with(head).contentType(MediaType.APPLICATION_JSON).content("""
					{"fullName": "Пошта Лежить", "tier": "LG", "username": "%s", "email": "%s@skif.example"}"""
				.formatted(username, username)))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.code").value("invitation.not-sent"));
		}
		finally {
			smtp.start();
		}
		mvc.perform(get("/api/v1/admin/employees").with(head))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Пошта Лежить"))));
		mvc.perform(post("/api/v1/admin/employees").with(head).contentType(MediaType.APPLICATION_JSON).content("""
				{"fullName": "Пошта Лежить", "tier": "LG", "username": "%s", "email": "%s@skif.example"}"""
			.formatted(username, username)))
			.andExpect(status().isCreated()); // the login is free to hire again
	}

	private static String linkIn(MimeMessage message) throws Exception {
		var found = LINK.matcher((String) message.getContent());
		assertThat(found.find()).as("a link in the invitation").isTrue();
		return found.group(2);
	}

}
