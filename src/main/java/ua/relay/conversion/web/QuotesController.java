package ua.relay.conversion.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ua.relay.conversion.DealId;
import ua.relay.conversion.NewQuote;
import ua.relay.conversion.Quotes;
import ua.relay.platform.Actor;
import ua.relay.shared.Money;

/** Quotes on the deal's page, and each as the PDF the client receives. */
@Controller
@RequestMapping("/conversion")
class QuotesController {

	private final Quotes quotes;

	QuotesController(Quotes quotes) {
		this.quotes = quotes;
	}

	record QuoteForm(@NotBlank @Size(max = 200) String routeFrom, @NotBlank @Size(max = 200) String routeTo,
			@NotBlank @Size(max = 200) String cargoType,
			@NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal weightKg,
			@DecimalMin("0.01") @Digits(integer = 8, fraction = 2) BigDecimal volumeM3,
			@NotNull Money price,
			@NotNull LocalDate validUntil) {
	}

	@PostMapping("/deals/{id}/quotes")
	String give(@PathVariable UUID id, @Valid QuoteForm form, Actor actor, RedirectAttributes redirect) {
		var quote = quotes.give(new DealId(id), new NewQuote(form.routeFrom(), form.routeTo(), form.cargoType(),
				form.weightKg(), form.volumeM3(), form.price(), form.validUntil()), actor);
		redirect.addFlashAttribute("message", "quote.given");
		redirect.addFlashAttribute("newQuote", quote.id());
		return "redirect:/conversion/deals/" + id;
	}

	/** The quote e-mailed to the client, the PDF attached; the deal's timeline says so. */
	@PostMapping("/quotes/{id}/send")
	String send(@PathVariable UUID id, @RequestParam(required = false) String to, Actor actor, RedirectAttributes redirect) {
		var quote = quotes.get(id, actor);
		quotes.send(id, to, actor);
		redirect.addFlashAttribute("message", "quote.sent");
		return "redirect:/conversion/deals/" + quote.dealId().value() + "#quotes";
	}

	@GetMapping("/quotes/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, Actor actor) {
		var quote = quotes.get(id, actor);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename(quote.number() + ".pdf", StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(quotes.pdf(id, actor));
	}

}
