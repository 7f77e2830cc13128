package ua.relay.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.IntegrationTest;
import ua.relay.Prospects;
import ua.relay.Staffing;
import ua.relay.accounts.domain.PlaybookRule;
import ua.relay.platform.Actor;
import ua.relay.platform.Role;
import ua.relay.salesorg.EmployeeId;

/** The head writes the playbook; a client's card shows the advice of the first rule that fits it. */
@IntegrationTest
@AutoConfigureMockMvc
class PlaybookIT {

	@Autowired
	Playbook playbook;

	@Autowired
	Portfolio portfolio;

	@Autowired
	Staffing staffing;

	@Autowired
	Prospects prospects;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	Cadence cadence;

	private final ArrayList<UUID> added = new ArrayList<>();

	private Actor head;

	@AfterEach
	void removeTheRules() {
		added.forEach(id -> playbook.remove(id, head));
	}

	@Test
	void theCardShowsTheAdviceOfTheFirstRuleThatFitsTheClient() throws Exception {
		head = staffing.hire(Role.HEAD);
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		String word = "тест-" + UUID.randomUUID().toString().substring(0, 6);
		added.add(playbook.add(new PlaybookRule(null, 1, "Довго мовчить", null, null, 60, null, word, null,
				"Зателефонувати керівнику логістики", "Запропонувати знижку 5 % на наступний рейс"), head));
		added.add(playbook.add(new PlaybookRule(null, 2, "Купує " + word, null, null, null, null, word, null,
				"Запропонувати складування", "Чи потрібне зберігання між рейсами?"), head));
		assertThatThrownBy(() -> playbook.add(new PlaybookRule(null, 3, "Ні", null, null, null, null, null, null, "Дія", "Слова"),
				manager)).hasMessageContaining("Only the head");

		var today = LocalDate.now(clock);
		var silent = client(manager, word, today.minusDays(70));
		var recent = client(manager, word, today.minusDays(5));
		var other = client(manager, "Інше", today.minusDays(70));

		assertThat(playbook.adviceFor(silent, manager)).hasValueSatisfying(a -> {
			assertThat(a.rule()).isEqualTo("Довго мовчить");
			assertThat(a.action()).isEqualTo("Зателефонувати керівнику логістики");
		});
		assertThat(playbook.adviceFor(recent, manager)).hasValueSatisfying(a -> assertThat(a.rule()).isEqualTo("Купує " + word));
		assertThat(playbook.adviceFor(other, manager)).as("no rule fits it").isEmpty();

		mvc.perform(get("/accounts/clients/" + silent).with(user(Staffing.principal(manager))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Запропонувати знижку 5 % на наступний рейс")))
			.andExpect(content().string(Matchers.containsString("за правилом «Довго мовчить»")));
		String silentName = portfolio.client(silent, manager).company().displayName();
		String recentName = portfolio.client(recent, manager).company().displayName();
		mvc.perform(get("/accounts/clients").param("state", "at-risk").param("sort", "revenue")
			.with(user(Staffing.principal(manager))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(silentName)))
			.andExpect(content().string(Matchers.not(Matchers.containsString(recentName))));
		cadence.sweep(); // the silent client is due: its reminder carries the playbook's advice
		mvc.perform(get("/accounts/clients").with(user(Staffing.principal(manager))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Порада з інструкцій: Зателефонувати керівнику логістики")));
		mvc.perform(get("/accounts/manage/playbook").with(user(Staffing.principal(manager)))).andExpect(status().isForbidden());
		mvc.perform(get("/accounts/manage/playbook").with(user(Staffing.principal(head)))).andExpect(status().isOk());
	}

	private UUID client(Actor manager, String bought, LocalDate lastOrder) {
		var history = new ArrayList<PastOrder>();
		for (int k = 0; k < 3; k++) {
			history.add(new PastOrder("Перевезення (" + bought + ")", new BigDecimal("9000"), lastOrder.minusDays(30L * k)));
		}
		return portfolio.importClient(prospects.registerOne(), new EmployeeId(manager.requireEmployee()), history, head);
	}

}
