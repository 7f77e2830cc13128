package ua.relay.prospecting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ua.relay.IntegrationTest;
import ua.relay.Prospects;
import ua.relay.Staffing;
import ua.relay.conversion.ConversionQueries;
import ua.relay.platform.Role;
import ua.relay.salesorg.Responsibilities;
import ua.relay.salesorg.Tier;

/** The head writes the script in the editor; the caller walks it; the answers reach the closer. */
@IntegrationTest
@AutoConfigureMockMvc
class CallScriptsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	Prospects prospects;

	@Autowired
	CallQueue queue;

	@Autowired
	CallScripts scripts;

	@Autowired
	Responsibilities responsibilities;

	@Autowired
	ConversionQueries conversion;

	private static MockHttpServletRequestBuilder script(String... steps) {
		var request = post("/prospecting/manage/script").param("name", "Вантажі").param("start", "hello")
			.param("cards", "Скільки коштує? | Порахує менеджер | передати");
		for (int i = 0; i < steps.length; i += 6) {
			int n = i / 6;
			request.param("steps[" + n + "].key", steps[i]).param("steps[" + n + "].kind", steps[i + 1])
				.param("steps[" + n + "].text", steps[i + 2]).param("steps[" + n + "].next", steps[i + 3])
				.param("steps[" + n + "].answers", steps[i + 4]).param("steps[" + n + "].outcome", steps[i + 5]);
		}
		return request.with(csrf());
	}

	@Test
	void theEditorRefusesADeadEndAndSavesAWellFormedScriptAsANewVersion() throws Exception {
		var head = user(Staffing.principal(staffing.hire(Role.HEAD)));
		int before = scripts.newest().map(v -> v.version()).orElse(0);

		mvc.perform(script("hello", "SAY", "Добрий день", "", "", "").with(head))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is a dead end")));
		assertThat(scripts.newest().map(v -> v.version()).orElse(0)).isEqualTo(before);

		mvc.perform(script("hello", "SAY", "Добрий день", "need", "", "",
				"need", "QUESTION", "Як часто відправляєте вантажі?", "", "Щотижня -> yes\nНіколи -> no", "",
				"yes", "OUTCOME", "Запропонуйте зустріч", "", "", "INTERESTED",
				"no", "OUTCOME", "Попрощайтеся", "", "", "NOT_INTERESTED").with(head))
			.andExpect(redirectedUrl("/prospecting/manage/script"));
		var saved = scripts.newest().orElseThrow();
		assertThat(saved.version()).isEqualTo(before + 1);
		assertThat(saved.script().cards()).singleElement().satisfies(card -> assertThat(card.escalate()).isTrue());
		mvc.perform(get("/prospecting/manage/script").with(head)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Як часто відправляєте вантажі?")));

		var caller = staffing.hire(Role.CALLER);
		staffing.hire(Role.CLOSER);
		prospects.queueFirst();
		var card = queue.next(caller).orElseThrow();
		assertThat(scripts.position(card.id()).orElseThrow().step().key()).isEqualTo("hello");
		mvc.perform(post("/prospecting/prospects/{id}/script", card.id().value()).param("step", "hello")
			.header("HX-Request", "true").with(csrf()).with(user(Staffing.principal(caller))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Як часто відправляєте вантажі?")));
		var atOutcome = scripts.advance(card.id(), "need", 0, caller).orElseThrow();
		assertThat(atOutcome.step().outcome()).isEqualTo(CallOutcome.INTERESTED);
		queue.record(card.id(), CallReport.of(CallOutcome.INTERESTED, "Зустріч у вівторок"), caller);

		var closer = await().atMost(Duration.ofSeconds(20))
			.until(() -> responsibilities.responsible(card.company().id(), Tier.LC), Optional::isPresent).get();
		var lead = await().atMost(Duration.ofSeconds(20)).until(() -> conversion.newLeads(Staffing.as(closer, Role.CLOSER))
			.stream().filter(l -> l.company().id().equals(card.company().id())).findFirst(), Optional::isPresent).get();
		assertThat(lead.answers()).containsExactly(new QualificationAnswer("Як часто відправляєте вантажі?", "Щотижня"));
		assertThat(scripts.position(card.id()).orElseThrow().answers()).as("the next call starts afresh").isEmpty();
	}

	@Test
	void onlyTheHolderWalksTheScript() {
		var head = staffing.hire(Role.HEAD);
		if (scripts.newest().isEmpty()) {
			scripts.save(CallScriptTests.cargo(), head);
		}
		var holder = staffing.hire(Role.CALLER);
		prospects.queueFirst();
		var card = queue.next(holder).orElseThrow();
		var other = staffing.hire(Role.CALLER);
		String start = scripts.newest().orElseThrow().script().start();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> scripts.advance(card.id(), start, 0, other))
			.hasMessageContaining("not held");
	}

}
