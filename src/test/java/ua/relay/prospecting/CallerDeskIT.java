package ua.relay.prospecting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.Prospects;
import ua.relay.Staffing;
import ua.relay.TestDatabase;
import ua.relay.platform.Role;

/**
 * The caller's desk: "straight to the next prospect" hands the next one out with the outcome; the callbacks
 * promised are listed with their times; a prospect called before shows its earlier calls with their notes.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabase.class)
@AutoConfigureMockMvc
class CallerDeskIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	Prospects prospects;

	@Autowired
	CallQueue queue;

	@Autowired
	ProspectingQueries queries;

	@Autowired
	Clock clock;

	@Test
	void anOutcomeWithNextTicksHandsOutTheNextProspectAndTheCallbackIsListedWithItsTime() throws Exception {
		var caller = staffing.hire(Role.CALLER);
		var asCaller = user(Staffing.principal(caller));
		prospects.queueFirst();
		prospects.queueFirst();
		var first = queue.next(caller).orElseThrow();
		// days ahead: no other test's clock reaches it, so it never stands at the head of their queue
		var callbackAt = LocalDateTime.now(clock).plusDays(3).withHour(10).withMinute(0).withSecond(0).withNano(0);

		mvc.perform(post("/prospecting/prospects/{id}/outcome", first.id().value()).with(asCaller).with(csrf())
			.param("outcome", "CALLBACK")
			.param("note", "Просили набрати завтра зранку")
			.param("callbackAt", callbackAt.format(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")))
			.param("next", "true"))
			.andExpect(status().is3xxRedirection());

		var current = queue.current(caller).orElseThrow();
		assertThat(current.id()).as("the next prospect, handed out with the outcome").isNotEqualTo(first.id());
		assertThat(queries.callbacks(caller)).singleElement().satisfies(c -> {
			assertThat(c.prospectId()).isEqualTo(first.id().value());
			assertThat(c.company()).isEqualTo(first.company().displayName());
			assertThat(c.late()).isFalse();
		});
		mvc.perform(get("/prospecting/desk").with(asCaller))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("my-callbacks")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					callbackAt.format(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")))));
		queue.record(current.id(), CallReport.of(CallOutcome.NOT_INTERESTED, null), caller);
	}

	@Test
	void aProspectCalledBeforeShowsItsEarlierCallsWithTheirNotes() throws Exception {
		var caller = staffing.hire(Role.CALLER);
		prospects.queueFirst();
		var card = queue.next(caller).orElseThrow();
		queue.record(card.id(), CallReport.of(CallOutcome.NOT_INTERESTED, "Секретар: директор у відрядженні"), caller);

		mvc.perform(get("/prospecting/prospects/{id}", card.id().value()).with(user(Staffing.principal(staffing.hire(Role.HEAD)))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("earlier-attempts")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Секретар: директор у відрядженні")));
	}

}
