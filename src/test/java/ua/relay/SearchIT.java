package ua.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.accounts.Billing;
import ua.relay.conversion.NewQuote;
import ua.relay.conversion.Quotes;
import ua.relay.party.CompanyDirectory;
import ua.relay.party.Search;
import ua.relay.party.SearchHit;
import ua.relay.party.SearchHit.Kind;
import ua.relay.platform.Actor;
import ua.relay.platform.Role;
import ua.relay.prospecting.CallQueue;
import ua.relay.shared.Money;

/**
 * The search box finds what a person types, the way they type it (a phone with spaces, a name misspelt
 * or without its hyphen, a document's number), and only among what the reader may open.
 */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabase.class)
@AutoConfigureMockMvc
class SearchIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Search search;

	@Autowired
	Staffing staffing;

	@Autowired
	Clientele clientele;

	@Autowired
	Deals deals;

	@Autowired
	Quotes quotes;

	@Autowired
	Billing billing;

	@Autowired
	Prospects prospects;

	@Autowired
	CallQueue queue;

	@Autowired
	CompanyDirectory companies;

	private final Random random = new Random(16);

	/** A name no other test has: a made-up Cyrillic word, hyphenated to another. */
	private String uniqueName() {
		String letters = "бвгджзклмнпрстфхцчшщ";
		var word = new StringBuilder("Гор");
		for (int i = 0; i < 6; i++) {
			word.append(letters.charAt(random.nextInt(letters.length()))).append("аеиоу".charAt(random.nextInt(5)));
		}
		return word + "-Трейд";
	}

	@Test
	void theHeadFindsAClientByAPhoneWithSpacesByAMisspeltNameAndWithoutItsHyphen() throws Exception {
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		String name = uniqueName();
		var client = clientele.of(manager, name);
		var head = staffing.hire(Role.HEAD);
		String local = client.localNumber();
		String spaced = local.substring(0, 3) + " " + local.substring(3, 6) + " " + local.substring(6, 8) + " "
				+ local.substring(8);

		assertThat(kinds(spaced, head)).containsEntry(Kind.CLIENT, client.clientId().toString());
		String misspelt = name.substring(0, 6) + (name.charAt(6) == 'о' ? 'а' : 'о') + name.substring(7);
		assertThat(hits(misspelt, head)).anySatisfy(h -> assertThat(h.recordId()).isEqualTo(client.clientId()));
		assertThat(hits(name.replace('-', ' ').toLowerCase(), head))
			.anySatisfy(h -> assertThat(h.recordId()).isEqualTo(client.clientId()));

		mvc.perform(get("/api/v1/search").param("q", spaced).with(user(Staffing.principal(head))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[0].kind").value("CLIENT"))
			.andExpect(jsonPath("$.hits[0].companyId").value(client.company().value().toString()))
			.andExpect(jsonPath("$.hits[0].recordId").value(client.clientId().toString()))
			.andExpect(jsonPath("$.hits[0].path").value("/accounts/clients/" + client.clientId()));
	}

	@Test
	void anAccountManagerFindsTheirOwnClientsAndNotAColleaguesNorDoesACallerOrACloser() throws Exception {
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		String name = uniqueName();
		var client = clientele.of(manager, name);
		var colleague = staffing.hire(Role.ACCOUNT_MANAGER);
		var caller = staffing.hire(Role.CALLER);
		var closer = staffing.hire(Role.CLOSER);

		assertThat(hits(name, manager)).extracting(SearchHit::recordId).containsExactly(client.clientId());
		for (Actor stranger : List.of(colleague, caller, closer)) {
			assertThat(hits(name, stranger)).isEmpty();
			assertThat(hits(client.localNumber(), stranger)).isEmpty();
		}
		mvc.perform(get("/search").param("q", name).with(user(Staffing.principal(caller))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
					client.clientId().toString()))))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("search-nothing")));
	}

	@Test
	void anInvoiceIsFoundByItsNumberByItsManagerAndTheHeadOnly() {
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		var client = clientele.of(manager, uniqueName());
		var invoice = billing.invoice(billing.order(client.clientId(), "Перевезення Київ — Одеса", new BigDecimal("24000"),
				manager), manager);

		assertThat(hits(invoice.number().toLowerCase(), manager)).singleElement().satisfies(h -> {
			assertThat(h.kind()).isEqualTo(Kind.INVOICE);
			assertThat(h.recordId()).isEqualTo(invoice.id());
			assertThat(h.path()).isEqualTo("/accounts/clients/" + client.clientId());
		});
		assertThat(hits(invoice.number(), staffing.hire(Role.HEAD))).hasSize(1);
		assertThat(hits(invoice.number(), staffing.hire(Role.CALLER))).isEmpty();
		assertThat(hits(invoice.number(), staffing.hire(Role.ACCOUNT_MANAGER))).isEmpty();
	}

	@Test
	void aCloserFindsTheirDealByTheCompanysNameAndItsQuoteByNumberAndAnotherCloserFindsNeither() {
		var closer = staffing.hire(Role.CLOSER);
		var deal = deals.openFor(closer);
		var quote = quotes.give(deal.id(), new NewQuote("Київ", "Львів", "Палети", new BigDecimal("1200"), null,
				Money.uah(18_500), LocalDate.now().plusDays(14)), closer);
		String name = companies.getCard(deal.company().id()).name();

		assertThat(hits(name, closer)).anySatisfy(h -> {
			assertThat(h.kind()).isEqualTo(Kind.DEAL);
			assertThat(h.recordId()).isEqualTo(deal.id().value());
			assertThat(h.path()).isEqualTo("/conversion/deals/" + deal.id().value());
		});
		assertThat(hits(quote.number(), closer)).singleElement()
			.satisfies(h -> assertThat(h.path()).isEqualTo("/conversion/deals/" + deal.id().value()));
		var other = staffing.hire(Role.CLOSER);
		assertThat(hits(name, other)).isEmpty();
		assertThat(hits(quote.number(), other)).isEmpty();
	}

	@Test
	void aCallerFindsTheProspectTheyHoldAndNoOtherOne() {
		var caller = staffing.hire(Role.CALLER);
		prospects.queueFirst();
		var held = queue.next(caller).orElseThrow();
		var other = companies.getCard(prospects.queueOne());

		assertThat(hits(held.company().name(), caller)).anySatisfy(h -> {
			assertThat(h.kind()).isEqualTo(Kind.PROSPECT);
			assertThat(h.path()).isEqualTo("/prospecting/prospects/" + held.id().value());
		});
		assertThat(hits(other.edrpou(), caller)).isEmpty();
		assertThat(hits(other.edrpou(), staffing.hire(Role.HEAD))).extracting(SearchHit::companyId)
			.containsExactly(other.id().value());
		assertThat(hits(held.company().name(), staffing.hire(Role.CALLER))).isEmpty();
		queue.record(held.id(), ua.relay.prospecting.CallReport.of(ua.relay.prospecting.CallOutcome.NOT_INTERESTED, null),
				caller); // nothing left at the head of the queue for the other tests
	}

	@Test
	void aQueryTooShortFindsNothingAndSaysSo() throws Exception {
		assertThat(hits("а", staffing.hire(Role.HEAD))).isEmpty();
		mvc.perform(get("/search").param("q", "а").header("HX-Request", "true").header("HX-Trigger", "search-box")
			.with(user(Staffing.principal(staffing.hire(Role.HEAD)))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("search-nothing")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))));
	}

	private List<SearchHit> hits(String text, Actor actor) {
		return search.find(text, actor).hits();
	}

	private java.util.Map<Kind, String> kinds(String text, Actor actor) {
		var byKind = new java.util.HashMap<Kind, String>();
		hits(text, actor).forEach(h -> byKind.putIfAbsent(h.kind(), h.recordId().toString()));
		return byKind;
	}

}
