package ua.relay.accounts.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ua.relay.accounts.Billing;
import ua.relay.accounts.CargoService;
import ua.relay.accounts.InvoiceView;
import ua.relay.platform.Actor;
import ua.relay.platform.ListPage;
import ua.relay.shared.Money;

/** Orders, invoices and payments on the client's card; the PDF; the overdue invoices. */
@Controller
@RequestMapping("/accounts")
class BillingController {

	private final Billing billing;

	BillingController(Billing billing) {
		this.billing = billing;
	}

	record OrderForm(CargoService service, @NotBlank @Size(max = 500) String description, @NotNull Money amount) {
	}

	/** {@code overpayment}: a checkbox, ticked to confirm the client paid more than was due (unticked, nothing is sent). */
	record PaymentForm(@NotNull Money amount, LocalDate paidOn,
			Boolean overpayment) {
	}

	record CancelForm(@NotBlank @Size(max = 500) String reason) {
	}

	@PostMapping("/clients/{id}/orders")
	String order(@PathVariable UUID id, @Valid OrderForm form, Actor actor, RedirectAttributes redirect) {
		billing.order(id, form.service(), form.description(), form.amount().amount(), actor);
		redirect.addFlashAttribute("message", "order.created");
		return "redirect:/accounts/clients/" + id;
	}

	@PostMapping("/orders/{id}/invoice")
	String invoice(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
		var invoice = billing.invoice(id, actor);
		redirect.addFlashAttribute("message", "invoice.issued");
		return "redirect:/accounts/clients/" + invoice.clientId();
	}

	@PostMapping("/invoices/{id}/payments")
	String pay(@PathVariable UUID id, @Valid PaymentForm form, Actor actor, RedirectAttributes redirect) {
		var invoice = billing.pay(id, form.amount().amount(), form.paidOn(), Boolean.TRUE.equals(form.overpayment()), actor);
		redirect.addFlashAttribute("message", invoice.overpaid().signum() > 0 ? "payment.overpaid-message"
				: "PAID".equals(invoice.status()) ? "invoice.paid-message" : "payment.recorded");
		return "redirect:/accounts/clients/" + invoice.clientId();
	}

	@PostMapping("/payments/{id}/cancel")
	String cancelPayment(@PathVariable UUID id, @Valid CancelForm form, Actor actor, RedirectAttributes redirect) {
		var invoice = billing.cancelPayment(id, form.reason(), actor);
		redirect.addFlashAttribute("message", "payment.cancelled-message");
		return "redirect:/accounts/clients/" + invoice.clientId();
	}

	/** The invoice e-mailed to the client, the PDF attached; the client's timeline says so. */
	@PostMapping("/invoices/{id}/send")
	String send(@PathVariable UUID id, @RequestParam(required = false) String to, Actor actor, RedirectAttributes redirect) {
		var invoice = billing.get(id, actor);
		billing.send(id, to, actor);
		redirect.addFlashAttribute("message", "invoice.sent");
		return "redirect:/accounts/clients/" + invoice.clientId();
	}

	@GetMapping("/invoices/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, Actor actor) {
		var invoice = billing.get(id, actor);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(invoice.number() + ".pdf", StandardCharsets.UTF_8).build().toString())
			.body(billing.pdf(id, actor));
	}

	/** Overdue invoices, the longest overdue first unless a column says otherwise, a page at a time. */
	@GetMapping("/invoices/overdue")
	String overdue(@RequestParam(defaultValue = "due") String sort, @RequestParam(defaultValue = "1") int page,
			Actor actor, Model model) {
		var sorted = billing.overdue(actor).stream().sorted(overdueOrder(sort)).toList();
		model.addAttribute("invoices", ListPage.of(sorted, page, ListPage.SIZE));
		model.addAttribute("owed", sorted.stream().map(InvoiceView::due).reduce(BigDecimal.ZERO,
				BigDecimal::add));
		return "accounts/overdue";
	}

	private static Comparator<InvoiceView> overdueOrder(String sort) {
		Comparator<InvoiceView> order = switch (sort.replaceFirst("^-", "")) {
			case "client" -> Comparator.comparing(InvoiceView::buyerName);
			case "number" -> Comparator.comparing(InvoiceView::number);
			case "total" -> Comparator.comparing(InvoiceView::total);
			case "to-pay" -> Comparator.comparing(InvoiceView::due);
			default -> Comparator.comparing(InvoiceView::dueOn);
		};
		return sort.startsWith("-") ? order.reversed() : order;
	}

}
