package ua.relay.accounts.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import ua.relay.accounts.Billing;
import ua.relay.accounts.CargoService;
import ua.relay.accounts.InvoiceView;
import ua.relay.accounts.OrderView;
import ua.relay.platform.Actor;

@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Tier 3: orders and invoices", description = "Orders of cargo services, invoices for payment, payments")
class BillingRestController {

	private final Billing billing;

	BillingRestController(Billing billing) {
		this.billing = billing;
	}

	record OrderRequest(CargoService service, @NotBlank @Size(max = 500) String description,
			@NotNull @DecimalMin("0.01") @Digits(integer = 17, fraction = 2) BigDecimal amount) {
	}

	/** {@code overpayment}: true to record a payment above what is still due (else such a payment is refused). */
	record PaymentRequest(@NotNull @DecimalMin("0.01") @Digits(integer = 17, fraction = 2) BigDecimal amount,
			LocalDate paidOn, Boolean overpayment) {
	}

	record CancelRequest(@NotBlank @Size(max = 500) String reason) {
	}

	record Created(UUID id) {
	}

	@PostMapping("/clients/{id}/orders")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A new order for the client (amount in UAH as the client pays it), with the request to invoice it")
	Created order(@PathVariable UUID id, @Valid @RequestBody OrderRequest request, Actor actor) {
		return new Created(billing.order(id, request.service(), request.description(), request.amount(), actor));
	}

	@GetMapping("/clients/{id}/orders")
	@Operation(summary = "The client's orders, the latest first")
	List<OrderView> orders(@PathVariable UUID id, Actor actor) {
		return billing.orders(id, actor);
	}

	@PostMapping("/orders/{id}/invoice")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue the invoice for payment of an order (409 if it has one)")
	InvoiceView invoice(@PathVariable UUID id, Actor actor) {
		return billing.invoice(id, actor);
	}

	@GetMapping("/clients/{id}/invoices")
	@Operation(summary = "The client's invoices")
	List<InvoiceView> invoices(@PathVariable UUID id, Actor actor) {
		return billing.invoices(id, actor);
	}

	@GetMapping("/invoices/{id}")
	@Operation(summary = "One invoice")
	InvoiceView get(@PathVariable UUID id, Actor actor) {
		return billing.get(id, actor);
	}

	/** Where the invoice goes: {@code to}, or left out for the company's contact with an e-mail. */
	record SendRequest(String to) {
	}

	/** Where a document went. */
	record Sent(String to) {
	}

	@PostMapping("/invoices/{id}/send")
	@Operation(summary = "E-mails an invoice to the client, the PDF attached",
			description = "In the words the head chose for invoices; the client's timeline records it. 409 mail.not-sent "
					+ "when the message does not leave (nothing is recorded), mail.no-smtp without an SMTP server.")
	Sent send(@PathVariable UUID id, @RequestBody(required = false) SendRequest request, Actor actor) {
		return new Sent(billing.send(id, request == null ? null : request.to(), actor));
	}

	@GetMapping(value = "/invoices/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The invoice as the PDF the client receives (in Ukrainian, total in words)")
	byte[] pdf(@PathVariable UUID id, Actor actor) {
		return billing.pdf(id, actor);
	}

	@PostMapping("/invoices/{id}/payments")
	@Operation(summary = "Record a payment received (paidOn: today if left out); paid once the payments cover the total; "
			+ "above what is still due only with overpayment: true (422 payment.amount-above-due otherwise)")
	InvoiceView pay(@PathVariable UUID id, @Valid @RequestBody PaymentRequest request, Actor actor) {
		return billing.pay(id, request.amount(), request.paidOn(), Boolean.TRUE.equals(request.overpayment()), actor);
	}

	@PostMapping("/payments/{id}/cancel")
	@Operation(summary = "Cancel a payment recorded by mistake, with the reason; it stays in the invoice's history")
	InvoiceView cancelPayment(@PathVariable UUID id, @Valid @RequestBody CancelRequest request, Actor actor) {
		return billing.cancelPayment(id, request.reason(), actor);
	}

	@GetMapping("/invoices/overdue")
	@Operation(summary = "Invoices past their due day and unpaid: your clients', or all for the head")
	List<InvoiceView> overdue(Actor actor) {
		return billing.overdue(actor);
	}

}
