package ua.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.mail.Multipart;

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

import ua.relay.accounts.Billing;
import ua.relay.accounts.ClientTimeline;
import ua.relay.conversion.ActivityKind;
import ua.relay.conversion.DealActivities;
import ua.relay.conversion.NewQuote;
import ua.relay.conversion.Quotes;
import ua.relay.platform.Role;
import ua.relay.shared.Money;

/**
 * A quote and an invoice reach the client by e-mail through a real SMTP server, the PDF attached, in
 * the words the head chose; the deal's or the client's timeline says so; a message that does not leave
 * is refused with nothing recorded.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025" })
@ContextConfiguration(initializers = TestDatabase.class)
@AutoConfigureMockMvc
class DocumentMailIT {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	Deals deals;

	@Autowired
	Quotes quotes;

	@Autowired
	DealActivities activities;

	@Autowired
	Clientele clientele;

	@Autowired
	Billing billing;

	@Autowired
	ClientTimeline timeline;

	@Test
	void aQuoteGoesToTheClientWithItsPdfInTheHeadsWordsAndTheDealSaysSo() throws Exception {
		var closer = staffing.hire(Role.CLOSER);
		var deal = deals.openFor(closer);
		var quote = quotes.give(deal.id(), new NewQuote("Київ", "Львів", "Палети", new BigDecimal("1200"), null,
				Money.uah(18_500), LocalDate.now().plusDays(14)), closer);
		var head = user(Staffing.principal(staffing.hire(Role.HEAD)));
		mvc.perform(post("/settings/texts/QUOTE").with(head).with(csrf()).param("subject", "Пропозиція {number} для {company}")
			.param("body", "Добрий день! Пропозиція на {amount} грн до {date}. {sender}, {supplier}. {unknown}"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(post("/conversion/quotes/{id}/send", quote.id()).with(user(Staffing.principal(closer))).with(csrf())
			.param("to", "logist@client.example"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "quote.sent"));

		var mail = Mailbox.lastTo(smtp, "logist@client.example");
		assertThat(mail.getSubject()).startsWith("Пропозиція " + quote.number() + " для ");
		var parts = (Multipart) mail.getContent();
		assertThat(text(parts)).contains("18500", "{unknown}")
			.doesNotContain("{amount}");
		assertThat(parts.getBodyPart(1).getFileName()).isEqualTo(quote.number() + ".pdf");
		assertThat(parts.getBodyPart(1).getContentType()).startsWith("application/pdf");
		assertThat(parts.getBodyPart(1).getInputStream().readNBytes(5)).asString().isEqualTo("%PDF-");
		assertThat(activities.timeline(deal.id(), closer)).anySatisfy(a -> {
			assertThat(a.kind()).isEqualTo(ActivityKind.EMAIL);
			assertThat(a.summary()).contains(quote.number(), "logist@client.example");
		});

		var other = user(Staffing.principal(staffing.hire(Role.CLOSER)));
		mvc.perform(post("/api/v1/conversion/quotes/{id}/send", quote.id()).with(other)
			.contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"x@client.example\"}"))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void anInvoiceGoesToTheClientAndOneThatCannotLeaveIsRefusedWithNothingRecorded() throws Exception {
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		var client = clientele.of(manager, "Рахунок Поштою");
		var invoice = billing.invoice(billing.order(client.clientId(), "Перевезення Київ — Одеса", new BigDecimal("24000"),
				manager), manager);
		var asManager = user(Staffing.principal(manager));
		mvc.perform(post("/api/v1/accounts/invoices/{id}/send", invoice.id()).with(asManager)
			.contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"buh@client.example\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.to").value("buh@client.example"));
		var mail = Mailbox.lastTo(smtp, "buh@client.example");
		assertThat(mail.getSubject()).contains(invoice.number());
		assertThat(((Multipart) mail.getContent()).getBodyPart(1).getFileName()).isEqualTo(invoice.number() + ".pdf");
		long emails = timeline.of(client.clientId(), manager).stream().filter(e -> e.kind() == ClientTimeline.Kind.EMAIL).count();
		assertThat(emails).isEqualTo(1);

		smtp.stop();
		try {
			mvc.perform(post("/api/v1/accounts/invoices/{id}/send", invoice.id()).with(asManager)
				.contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"buh@client.example\"}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.code").value("mail.not-sent"));
		}
		finally {
			smtp.start();
		}
		assertThat(timeline.of(client.clientId(), manager).stream().filter(e -> e.kind() == ClientTimeline.Kind.EMAIL).count())
			.as("nothing recorded of what did not leave").isEqualTo(1);
		mvc.perform(post("/api/v1/accounts/invoices/{id}/send", invoice.id()).with(asManager)
			.contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"не адреса\"}"))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.code").value("invoice.recipient-invalid"));
		mvc.perform(post("/api/v1/accounts/invoices/{id}/send", invoice.id())
			.with(user(Staffing.principal(staffing.hire(Role.ACCOUNT_MANAGER))))
			.contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"buh@client.example\"}"))
			.andExpect(status().is4xxClientError());
	}

	/** The message's text, wherever the multipart put it. */
	private static String text(Object content) throws Exception {
		if (content instanceof String text) {
			return text;
		}
		var parts = (Multipart) content;
		for (int i = 0; i < parts.getCount(); i++) {
			var part = parts.getBodyPart(i);
			if (part.getFileName() == null) {
				return text(part.getContent());
			}
		}
		return "";
	}

}
