package ua.relay.accounts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.accounts.domain.InvoiceTotals;
import ua.relay.accounts.domain.Settlement;
import ua.relay.accounts.jdbc.InvoiceStore;
import ua.relay.accounts.pdf.InvoicePdf;
import ua.relay.party.CompanyCard;
import ua.relay.platform.Actor;
import ua.relay.platform.AuditTrail;
import ua.relay.platform.DocumentTexts;
import ua.relay.platform.DomainException;
import ua.relay.platform.OutgoingMail;
import ua.relay.platform.OwnCompany;
import ua.relay.platform.Supplier;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Staff;
import ua.relay.shared.EmailAddress;

/**
 * A client's orders, the invoices for payment issued for them, and the payments received. Who sees a
 * client (its account manager, the head) may work its orders and invoices; nobody else.
 */
@Service
public class Billing {

	/** The series of invoices for payment: РФ-2026-00001. */
	static final String SERIES = "РФ";

	private final InvoiceStore store;

	private final Portfolio portfolio;


	private final Staff staff;

	private final OwnCompany ownCompany;

	private final Clock clock;

	private final AuditTrail audit;

	private final OutgoingMail mail;

	private final DocumentTexts texts;

	private final ClientTimeline timeline;

	Billing(InvoiceStore store, Portfolio portfolio, Staff staff, OwnCompany ownCompany,
			Clock clock, AuditTrail audit, OutgoingMail mail, DocumentTexts texts, ClientTimeline timeline) {
		this.mail = mail;
		this.texts = texts;
		this.timeline = timeline;
		this.audit = audit;
		this.store = store;
		this.portfolio = portfolio;
		this.staff = staff;
		this.ownCompany = ownCompany;
		this.clock = clock;
	}

	public UUID order(UUID clientId, String description, BigDecimal amount, Actor actor) {
		return order(clientId, null, description, amount, actor);
	}

	/** A new order of a cargo service for the client, with the request to invoice it. */
	@Transactional
	public UUID order(UUID clientId, CargoService service, String description, BigDecimal amount, Actor actor) {
		portfolio.client(clientId, actor);
		if (description == null || description.isBlank() || description.strip().length() > 500) {
			throw DomainException.invalid("order.description", "An order says what is ordered, in up to 500 characters");
		}
		if (amount == null || amount.signum() <= 0) {
			throw DomainException.invalid("order.amount", "An order is for a positive amount");
		}
		return store.insertOrder(clientId, service, description.strip(), amount, clock.instant());
	}

	public List<OrderView> orders(UUID clientId, Actor actor) {
		portfolio.client(clientId, actor);
		return store.orders(clientId);
	}

	/**
	 * Issues the invoice for an order not invoiced yet: the supplier's and the buyer's requisites as they
	 * are today, VAT as the supplier pays it, the next number of the series and year.
	 */
	@Transactional
	public InvoiceView invoice(UUID orderId, Actor actor) {
		var order = store.order(orderId).orElseThrow(() -> DomainException.notFound("order.not-found", "No order " + orderId));
		var client = portfolio.client(order.clientId(), actor);
		if (!order.toInvoice()) {
			throw DomainException.conflict("order.invoiced", "The order " + orderId + " has its invoice already"
					+ ("IMPORTED".equals(order.source()) ? " (from before Relay)" : ""));
		}
		var supplier = ownCompany.current();
		var totals = InvoiceTotals.of(List.of(order.amount()), supplier.vatPayer());
		var lines = new ArrayList<InvoiceView.Line>();
		lines.add(new InvoiceView.Line(1, lineText(order), BigDecimal.ONE, "послуга", totals.lineNets().get(0),
				totals.lineNets().get(0)));
		var company = client.company();
		var today = LocalDate.now(clock);
		var requisites = portfolio.requisites(client.id(), actor);
		String address = requisites.legalAddress() != null ? requisites.legalAddress()
				: String.join(", ", java.util.stream.Stream.of(company.city(), company.region())
					.filter(java.util.Objects::nonNull)
					.toList());
		var id = store.insertInvoice(new InvoiceStore.NewInvoice(client.id(), SERIES, today,
				today.plusDays(supplier.paymentDays()), totals.vatRate(), totals.net(), totals.vat(), totals.total(),
				supplierText(supplier), company.displayName(), company.edrpou(), address.isEmpty() ? null : address,
				requisites.iban(), actor.requireEmployee(), clock.instant(), lines, List.of(orderId)));
		var issued = get(id, actor);
		audit.record(actor, "invoice", company.displayName(), issued.number() + ", " + totals.total().toPlainString() + " UAH");
		return issued;
	}

	/** A payment received, no more than is still due; the invoice is paid once the payments cover its total. */
	public InvoiceView pay(UUID invoiceId, BigDecimal amount, LocalDate paidOn, Actor actor) {
		return pay(invoiceId, amount, paidOn, false, actor);
	}

	/**
	 * A payment received on {@code paidOn} (today if null, never ahead); above what is still due only when the
	 * person recording it confirms the client paid more ({@code overpaymentConfirmed}), and then shown as an
	 * overpayment.
	 */
	@Transactional
	public InvoiceView pay(UUID invoiceId, BigDecimal amount, LocalDate paidOn, boolean overpaymentConfirmed, Actor actor) {
		var invoice = store.find(invoiceId).orElseThrow(() -> DomainException.notFound("invoice.not-found", "No invoice " + invoiceId));
		portfolio.client(invoice.client(), actor);
		var day = paidOn == null ? LocalDate.now(clock) : paidOn;
		if (day.isAfter(LocalDate.now(clock))) {
			throw DomainException.invalid("payment.in-future", "A payment is recorded once it has arrived");
		}
		if (day.isBefore(invoice.issuedOn())) {
			throw DomainException.invalid("payment.before-invoice", "A payment for an invoice arrives after it is issued",
					invoice.issuedOn());
		}
		var before = new Settlement(invoice.total(), invoice.paid());
		var after = before.receive(amount, overpaymentConfirmed);
		store.insertPayment(invoiceId, amount, day, after.overpaid().signum() > 0, actor.requireEmployee(), clock.instant());
		audit.record(actor, "payment", invoice.buyerName(), amount.toPlainString() + " UAH on " + day);
		if (!store.updatePaid(invoiceId, after.paid(), after.settled() ? "PAID" : "ISSUED", after.settled() ? day : null,
				invoice.version())) {
			throw DomainException.conflict("invoice.changed", "The invoice was changed meanwhile");
		}
		return get(invoiceId, actor);
	}

	/**
	 * Cancels a payment recorded by mistake, for a reason: it stays in the invoice's history, counts for
	 * nothing any more, and the invoice owes again what it no longer covers.
	 */
	@Transactional
	public InvoiceView cancelPayment(UUID paymentId, String reason, Actor actor) {
		var payment = store.payment(paymentId)
			.orElseThrow(() -> DomainException.notFound("payment.not-found", "No payment " + paymentId));
		var invoice = store.find(payment.invoice()).orElseThrow();
		portfolio.client(invoice.client(), actor);
		if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
			throw DomainException.invalid("payment.cancel-reason", "A cancelled payment says why, in up to 500 characters");
		}
		if (payment.cancelledAt() != null || !store.cancelPayment(paymentId, reason.strip(), actor.requireEmployee(), clock.instant())) {
			throw DomainException.conflict("payment.cancelled", "The payment was cancelled already");
		}
		var after = new Settlement(invoice.total(), invoice.paid()).cancel(payment.amount());
		audit.record(actor, "payment-cancelled", invoice.buyerName(), payment.amount().toPlainString() + " UAH: " + reason.strip());
		var settledOn = after.settled() ? store.paymentsOf(invoice.id()).stream()
			.filter(p -> p.cancelledAt() == null && !p.id().equals(paymentId))
			.map(InvoiceStore.Payment::paidOn)
			.max(LocalDate::compareTo)
			.orElse(null) : null;
		if (!store.updatePaid(invoice.id(), after.paid(), after.settled() ? "PAID" : "ISSUED", settledOn, invoice.version())) {
			throw DomainException.conflict("invoice.changed", "The invoice was changed meanwhile");
		}
		return get(invoice.id(), actor);
	}

	public InvoiceView get(UUID invoiceId, Actor actor) {
		var row = store.find(invoiceId).orElseThrow(() -> DomainException.notFound("invoice.not-found", "No invoice " + invoiceId));
		portfolio.client(row.client(), actor);
		return view(row);
	}

	public List<InvoiceView> invoices(UUID clientId, Actor actor) {
		portfolio.client(clientId, actor);
		return store.ofClient(clientId).stream().map(this::view).toList();
	}

	/** Invoices past their due day and not paid: the manager's own clients', or all for the head. */
	public List<InvoiceView> overdue(Actor actor) {
		var manager = actor.seesEverything() ? null : actor.requireEmployee();
		return store.overdue(LocalDate.now(clock), manager).stream().map(this::view).toList();
	}

	/** The longest overdue first, {@code shown} of them read whole, and how many there are. */
	public ua.relay.platform.ListPage<InvoiceView> overdueFirst(Actor actor, int shown) {
		var manager = actor.seesEverything() ? null : actor.requireEmployee();
		var rows = store.overdue(LocalDate.now(clock), manager);
		return new ua.relay.platform.ListPage<>(rows.stream().limit(shown).map(this::view).toList(), 1, shown, rows.size());
	}

	/** The invoice as the client receives it: a PDF in Ukrainian with the amount in words. */
	/** Where a client's invoices go by default: the first contact of the company with an e-mail, if any. */
	public Optional<String> recipient(UUID clientId, Actor actor) {
		return portfolio.client(clientId, actor).company().contacts().stream()
			.map(CompanyCard.Contact::email)
			.filter(Objects::nonNull)
			.findFirst();
	}

	/**
	 * The account manager e-mails the invoice to the client ({@code to}, or the company's contact with an
	 * e-mail), the PDF attached, in the words the head chose; the client's timeline records it. Refused, with
	 * nothing recorded, if the message does not leave.
	 */
	@Transactional
	public String send(UUID invoiceId, String to, Actor actor) {
		var invoice = get(invoiceId, actor);
		String address = to == null || to.isBlank() ? recipient(invoice.clientId(), actor).orElseThrow(
				() -> DomainException.invalid("invoice.no-recipient", "The company has no contact with an e-mail: give one"))
				: to.strip();
		try {
			address = new EmailAddress(address).value();
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.invalid("invoice.recipient-invalid", "Not an e-mail address: " + address);
		}
		var text = texts.of(DocumentTexts.Kind.INVOICE).fill(Map.of("company", invoice.buyerName(), "number",
				invoice.number(), "amount", invoice.total().toPlainString(), "date",
				invoice.dueOn().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")), "sender", actor.displayName(), "supplier",
				invoice.supplier()));
		mail.send(address, text.subject(), text.body(),
				new OutgoingMail.Attachment(invoice.number() + ".pdf", pdf(invoiceId, actor), "application/pdf"));
		timeline.record(invoice.clientId(), ClientTimeline.Kind.EMAIL,
				"Рахунок № " + invoice.number() + " надіслано на " + address, clock.instant(), actor);
		return address;
	}

	public byte[] pdf(UUID invoiceId, Actor actor) {
		return InvoicePdf.render(get(invoiceId, actor));
	}

	private InvoiceView view(InvoiceStore.Row r) {
		var today = LocalDate.now(clock);
		return new InvoiceView(r.id(), r.client(), InvoiceView.number(r.series(), r.year(), r.seq()), r.issuedOn(),
				r.dueOn(), r.vatRate(), r.net(), r.vat(), r.total(), r.paid(), r.status(), r.buyerName(), r.buyerEdrpou(),
				r.buyerAddress(), r.buyerIban(), r.supplier(), staff.get(new EmployeeId(r.issuedBy())).fullName(), store.lines(r.id()),
				"ISSUED".equals(r.status()) && r.dueOn().isBefore(today), payments(r.id()));
	}

	private List<PaymentView> payments(UUID invoice) {
		var stored = store.paymentsOf(invoice);
		var people = new java.util.HashSet<EmployeeId>();
		stored.forEach(p -> {
			people.add(new EmployeeId(p.recordedBy()));
			if (p.cancelledBy() != null) {
				people.add(new EmployeeId(p.cancelledBy()));
			}
		});
		var names = staff.names(people);
		return stored.stream()
			.map(p -> new PaymentView(p.id(), p.amount(), p.paidOn(), names.get(new EmployeeId(p.recordedBy())), p.recordedAt(),
					p.overpayment(), p.cancelledAt(), p.cancelledBy() == null ? null : names.get(new EmployeeId(p.cancelledBy())),
					p.cancelReason()))
			.toList();
	}

	/**
	 * What the invoice's line says the client pays for: the service by its name in the documents' language, then
	 * what the order says ("Палетні перевезення: 20 палет Київ — Вінниця"); an order without a service is
	 * transport and forwarding, as the first sale's order is.
	 */
	private static String lineText(OrderView order) {
		String service = order.service() == null ? "Транспортно-експедиційні послуги" : order.service().documentName();
		return "FIRST_SALE".equals(order.source()) ? service + " (за договором, перше замовлення)"
				: service + ": " + order.description();
	}

	/** The supplier's requisites as printed on this invoice, kept with it (they may change later). */
	private static String supplierText(Supplier supplier) {
		return String.join("\n", supplier.name(), supplier.edrpou(), supplier.address(), supplier.iban(), supplier.bank(),
				supplier.phone() == null ? "" : supplier.phone()); // one line each, a missing phone an empty one
	}

}
