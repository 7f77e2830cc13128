package ua.relay.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.Clientele;
import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.platform.Actor;
import ua.relay.platform.Role;
import ua.relay.platform.web.FormProblem;

/**
 * Money as people type it and payments as they really arrive: Ukrainian and English decimals read the
 * same, nothing above what is due unless confirmed as an overpayment, a payment's own day, and a wrong
 * payment cancelled with its reason and kept in the history.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PaymentsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Staffing staffing;

	@Autowired
	Clientele clientele;

	@Autowired
	Billing billing;

	@Autowired
	ClientTimeline timeline;

	@Autowired
	Clock clock;

	@Test
	void anAmountTypedTheUkrainianOrTheEnglishWayIsTheSameAmountNeverAHundredTimesMore() throws Exception {
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		var client = clientele.of(manager, "Суми").clientId();
		for (String typed : List.of("45 000,50", "45000,50", "45000.50", "45\u00a0000,50")) {
			mvc.perform(post("/accounts/clients/{id}/orders", client).param("description", "Рейс " + typed)
				.param("amount", typed).with(csrf()).with(user(Staffing.principal(manager))))
				.andExpect(redirectedUrl("/accounts/clients/" + client));
		}
		assertThat(billing.orders(client, manager)).filteredOn(o -> o.description().startsWith("Рейс "))
			.extracting(OrderView::amount)
			.hasSize(4)
			.allSatisfy(amount -> assertThat(amount).isEqualByComparingTo("45000.50"));
	}

	@Test
	void anAmountThatCouldMeanTwoThingsGoesBackToItsFieldWithTheReason() throws Exception {
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		var client = clientele.of(manager, "Неясна").clientId();
		String page = "/accounts/clients/" + client;

		var result = mvc.perform(post(page + "/orders").param("description", "Рейс").param("amount", "1.500")
			.header("Referer", "http://localhost" + page).with(csrf()).with(user(Staffing.principal(manager))))
			.andExpect(redirectedUrl(page))
			.andReturn();

		var problem = (FormProblem) result.getFlashMap().get("formProblem");
		assertThat(problem.fields()).containsKey("amount");
		assertThat(problem.fields().get("amount")).contains("45 000,50");
		assertThat(problem.values()).containsEntry("amount", "1.500").containsEntry("description", "Рейс");
		assertThat(billing.orders(client, manager)).noneMatch(o -> o.description().equals("Рейс"));
	}

	@Test
	void aMillionOnAHundredHryvniaInvoiceIsRefusedOnThePageAndInTheApi() throws Exception {
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		var client = clientele.of(manager, "Мільйон").clientId();
		var invoice = invoiceOf(client, "100.00", manager);
		String page = "/accounts/clients/" + client;
		mvc.perform(get(page).with(user(Staffing.principal(manager)))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("payment-form")));

		var result = mvc.perform(post("/accounts/invoices/{id}/payments", invoice.id()).param("amount", "1 000 000")
			.param("paidOn", LocalDate.now(clock).toString()).header("Referer", "http://localhost" + page)
			.with(csrf()).with(user(Staffing.principal(manager))))
			.andExpect(redirectedUrl(page))
			.andReturn();
		var problem = (FormProblem) result.getFlashMap().get("formProblem");
		assertThat(problem.fields().get("amount")).contains("100,00");

		mvc.perform(post("/api/v1/accounts/invoices/{id}/payments", invoice.id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"amount\": 1000000}").with(httpBasic(manager.username(), Staffing.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("payment.amount-above-due"));
		assertThat(billing.get(invoice.id(), manager).paid()).isEqualByComparingTo("0");
	}

	@Test
	void anOverpaymentIsRecordedOnlyWhenConfirmedAndShownAsOne() throws Exception {
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		var client = clientele.of(manager, "Переплата").clientId();
		var invoice = invoiceOf(client, "100.00", manager);

		mvc.perform(post("/accounts/invoices/{id}/payments", invoice.id()).param("amount", "130,00")
			.param("paidOn", LocalDate.now(clock).toString()).param("overpayment", "true")
			.with(csrf()).with(user(Staffing.principal(manager))))
			.andExpect(redirectedUrl("/accounts/clients/" + client));

		var paid = billing.get(invoice.id(), manager);
		assertThat(paid.status()).isEqualTo("PAID");
		assertThat(paid.overpaid()).isEqualByComparingTo("30.00");
		assertThat(paid.payments()).singleElement().satisfies(p -> assertThat(p.overpayment()).isTrue());
		mvc.perform(get("/accounts/clients/{id}", client).with(user(Staffing.principal(manager))))
			.andExpect(content().string(Matchers.containsString("переплата 30,00")));
	}

	@Test
	void aPaymentKeepsItsOwnDayButNeverOneAheadOrBeforeTheInvoice() {
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		var client = clientele.of(manager, "Дата").clientId();
		var invoice = invoiceOf(client, "100.00", manager);
		var today = LocalDate.now(clock);

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> billing.pay(invoice.id(), BigDecimal.TEN, today.plusDays(1), manager))
			.hasMessageContaining("arrived");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> billing.pay(invoice.id(), BigDecimal.TEN, today.minusDays(1), manager))
			.hasMessageContaining("after it is issued");
		assertThat(billing.pay(invoice.id(), BigDecimal.TEN, today, manager).payments())
			.singleElement().satisfies(p -> assertThat(p.paidOn()).isEqualTo(today));
	}

	@Test
	void aWrongPaymentIsCancelledWithItsReasonAndStaysInTheHistory() throws Exception {
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		var client = clientele.of(manager, "Скасування").clientId();
		var invoice = invoiceOf(client, "500.00", manager);
		var paid = billing.pay(invoice.id(), new BigDecimal("500.00"), null, manager);
		var payment = paid.payments().get(0).id();

		mvc.perform(post("/accounts/payments/{id}/cancel", payment).param("reason", "Платіж від іншого клієнта")
			.with(csrf()).with(user(Staffing.principal(manager))))
			.andExpect(redirectedUrl("/accounts/clients/" + client));

		var now = billing.get(invoice.id(), manager);
		assertThat(now.status()).isEqualTo("ISSUED");
		assertThat(now.due()).isEqualByComparingTo("500.00");
		assertThat(now.payments()).singleElement().satisfies(p -> {
			assertThat(p.cancelled()).isTrue();
			assertThat(p.cancelReason()).isEqualTo("Платіж від іншого клієнта");
		});
		assertThat(timeline.of(client, manager)).extracting(ClientTimeline.Entry::kind)
			.contains(ClientTimeline.Kind.PAYMENT, ClientTimeline.Kind.PAYMENT_CANCELLED);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> billing.cancelPayment(payment, "ще раз", manager))
			.hasMessageContaining("cancelled already");
		org.assertj.core.api.Assertions.assertThatThrownBy(
				() -> billing.cancelPayment(payment, "чуже", staffing.hire(Role.ACCOUNT_MANAGER)))
			.isInstanceOf(ua.relay.platform.DomainException.class);
	}

	private InvoiceView invoiceOf(java.util.UUID client, String amount, Actor manager) {
		return billing.invoice(billing.order(client, "Перевезення", new BigDecimal(amount), manager), manager);
	}

}
