package ua.relay.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.IntegrationTest;
import ua.relay.Prospects;
import ua.relay.Staffing;
import ua.relay.conversion.DealId;
import ua.relay.conversion.FirstSaleClosed;
import ua.relay.platform.Actor;
import ua.relay.platform.DomainException;
import ua.relay.platform.Role;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Organisation;
import ua.relay.salesorg.OrganisationMode;
import ua.relay.shared.Money;

/** Invoices for payment: numbers that never repeat, a PDF with the amount in words and a valid IBAN, payments. */
@IntegrationTest
@AutoConfigureMockMvc
class InvoicesIT {

	@Autowired
	Staffing staffing;

	@Autowired
	Prospects prospects;

	@Autowired
	Portfolio portfolio;

	@Autowired
	Billing billing;

	@Autowired
	Organisation organisation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	ClientTimeline timeline;

	@Test
	void fiftyInvoicesIssuedAtOnceGetFiftyDistinctNumbers() throws Exception {
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		var client = clientOf(manager);
		var orders = new ArrayList<UUID>();
		for (int i = 0; i < 50; i++) {
			orders.add(billing.order(client, "Перевезення Київ — Львів, рейс " + (i + 1), new BigDecimal("12000.00"), manager));
		}
		var tasks = new ArrayList<Callable<String>>();
		for (UUID order : orders) {
			tasks.add(() -> billing.invoice(order, manager).number());
		}
		var numbers = new HashSet<String>();
		var pool = Executors.newFixedThreadPool(10);
		try {
			for (var future : pool.invokeAll(tasks)) {
				numbers.add(future.get());
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(numbers).hasSize(50).allMatch(n -> n.matches("РФ-\\d{4}-\\d{5}"));
		assertThatThrownBy(() -> billing.invoice(orders.get(0), manager)).hasMessageContaining("has its invoice");
	}

	@Test
	void theInvoiceSaysItsTotalInWordsWithTheSuppliersIbanAndIsPaidInParts() throws Exception {
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		var client = clientOf(manager);
		var order = billing.order(client, "Перевезення рефрижератором Одеса — Київ", new BigDecimal("48500.00"), manager);
		assertThatThrownBy(() -> portfolio.setRequisites(client, "м. Київ", "UA753052990000026007233566001", manager))
			.hasMessageContaining("IBAN");
		portfolio.setRequisites(client, "01001, м. Київ, вул. Хрещатик, 1", "ua74 3052 9900 0002 6007 2335 6600 1", manager);

		var invoice = billing.invoice(order, manager);

		assertThat(invoice.total()).isEqualByComparingTo("48500.00");
		assertThat(invoice.net().add(invoice.vat())).isEqualByComparingTo(invoice.total());
		assertThat(invoice.vat()).isEqualByComparingTo("8083.33");
		String text = new PdfTextExtractor(new PdfReader(billing.pdf(invoice.id(), manager))).getTextFromPage(1)
			.replaceAll("[\\s\\u00a0]+", " ");
		assertThat(text).contains("Рахунок на оплату № " + invoice.number(), "Сорок вісім тисяч п'ятсот гривень 00 копійок",
				"UA74 3052 9900 0002 6007 2335 6600 1", "ПДВ 20%", "8 083,33", "Сплатити до", "01001, м. Київ, вул. Хрещатик, 1",
				"Транспортно-експедиційні послуги: Перевезення рефрижератором Одеса — Київ", "Директор", "Бухгалтер");

		var other = staffing.hire(Role.ACCOUNT_MANAGER);
		assertThatThrownBy(() -> billing.get(invoice.id(), other)).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> billing.pay(invoice.id(), new BigDecimal("1"), null, other)).isInstanceOf(DomainException.class);

		jdbc.sql("update accounts_invoice set due_on = due_on - 30 where id = ?").param(invoice.id()).update();
		assertThat(billing.overdue(manager)).extracting(InvoiceView::id).containsExactly(invoice.id());
		assertThat(billing.overdue(other)).isEmpty();

		assertThat(billing.pay(invoice.id(), new BigDecimal("20000"), null, manager).status()).isEqualTo("ISSUED");
		var paid = billing.pay(invoice.id(), new BigDecimal("28500"), null, manager);
		assertThat(paid.status()).isEqualTo("PAID");
		assertThat(paid.due()).isEqualByComparingTo("0");
		assertThat(billing.overdue(manager)).isEmpty();
		assertThatThrownBy(() -> billing.pay(invoice.id(), BigDecimal.ONE, null, manager)).hasMessageContaining("paid already");

		timeline.record(client, ClientTimeline.Kind.CALL, "Підтвердили оплату телефоном", null, manager);
		assertThat(timeline.of(client, manager)).extracting(ClientTimeline.Entry::kind)
			.contains(ClientTimeline.Kind.ORDER, ClientTimeline.Kind.INVOICE, ClientTimeline.Kind.PAYMENT, ClientTimeline.Kind.CALL)
			.first().isEqualTo(ClientTimeline.Kind.CALL);
		assertThatThrownBy(() -> timeline.record(client, ClientTimeline.Kind.NOTE, "Чуже", null, other))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void aCallerAndACloserNeverSeeAnInvoice() throws Exception {
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		var invoice = billing.invoice(billing.order(clientOf(manager), "Перевезення", new BigDecimal("1000"), manager), manager);
		for (var role : new Role[] { Role.CALLER, Role.CLOSER }) {
			var someone = user(Staffing.principal(staffing.hire(role)));
			mvc.perform(get("/accounts/invoices/" + invoice.id() + ".pdf").with(someone)).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/accounts/invoices/" + invoice.id()).with(someone)).andExpect(status().isForbidden());
			mvc.perform(get("/accounts/invoices/overdue").with(someone)).andExpect(status().isForbidden());
		}
		mvc.perform(get("/accounts/invoices/" + invoice.id() + ".pdf").with(user(Staffing.principal(manager))))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
	}

	/** A client of this account manager: a first sale handed to them (the classic model gives it to the seller). */
	private UUID clientOf(Actor manager) {
		var head = staffing.hire(Role.HEAD);
		organisation.switchTo(OrganisationMode.CLASSIC, head);
		try {
			var company = prospects.registerOne();
			return portfolio.welcome(new FirstSaleClosed(DealId.random(), company, new EmployeeId(manager.requireEmployee()),
					Money.uah(10_000), clock.instant()));
		}
		finally {
			organisation.switchTo(OrganisationMode.THREE_TIER, head);
		}
	}

}
