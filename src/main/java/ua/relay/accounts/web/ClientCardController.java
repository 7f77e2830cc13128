package ua.relay.accounts.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ua.relay.accounts.Billing;
import ua.relay.accounts.Cadence;
import ua.relay.accounts.ClientTimeline;
import ua.relay.accounts.CrossSell;
import ua.relay.accounts.Playbook;
import ua.relay.accounts.Portfolio;
import ua.relay.party.CompanyId;
import ua.relay.platform.Actor;

/**
 * A client's card: its rhythm, the playbook's advice, what clients like it also buy, orders and invoices,
 * and one timeline of everything, where the account manager records calls, meetings and notes.
 */
@Controller
@RequestMapping("/accounts/clients")
class ClientCardController {

	private final Portfolio portfolio;

	private final Billing billing;

	private final Cadence cadence;

	private final Playbook playbook;

	private final CrossSell crossSell;

	private final ClientTimeline timeline;

	private final Clock clock;

	ClientCardController(Portfolio portfolio, Billing billing, Cadence cadence, Playbook playbook, CrossSell crossSell,
			ClientTimeline timeline, Clock clock) {
		this.portfolio = portfolio;
		this.billing = billing;
		this.cadence = cadence;
		this.playbook = playbook;
		this.crossSell = crossSell;
		this.timeline = timeline;
		this.clock = clock;
	}

	/** The client's requisites for invoices; a wrong IBAN is refused with the reason, nothing else changes. */
	@PostMapping("/{id}/requisites")
	String requisites(@PathVariable UUID id, @RequestParam(required = false) String legalAddress,
			@RequestParam(required = false) String iban, Actor actor, RedirectAttributes redirect) {
		portfolio.setRequisites(id, legalAddress, iban, actor);
		redirect.addFlashAttribute("message", "client.requisites-saved");
		return "redirect:/accounts/clients/" + id;
	}

	record ContactForm(@NotNull ClientTimeline.Kind kind, @NotBlank @Size(max = 2000) String summary,
			LocalDateTime happenedAt) {
	}

	/** A call, meeting, e-mail or note with the client, on its timeline. */
	@PostMapping("/{id}/contacts")
	String contact(@PathVariable UUID id, @Valid ContactForm form, Actor actor, RedirectAttributes redirect) {
		timeline.record(id, form.kind(), form.summary(),
				form.happenedAt() == null ? null : form.happenedAt().atZone(clock.getZone()).toInstant(), actor);
		redirect.addFlashAttribute("message", "activity.recorded");
		return "redirect:/accounts/clients/" + id;
	}

	/** A company's client card, for pages that know the company (a won deal links here). */
	@GetMapping("/of-company/{company}")
	String ofCompany(@PathVariable UUID company, Actor actor) {
		return "redirect:/accounts/clients/" + portfolio.clientOf(new CompanyId(company), actor).id();
	}

	@GetMapping("/{id}")
	String client(@PathVariable UUID id, Actor actor, Model model) {
		model.addAttribute("client", portfolio.client(id, actor));
		model.addAttribute("orders", billing.orders(id, actor));
		model.addAttribute("rhythm", cadence.all().get(id));
		model.addAttribute("advice", playbook.adviceFor(id, actor).orElse(null));
		model.addAttribute("suggestions", crossSell.forClient(id, actor));
		model.addAttribute("timeline", timeline.of(id, actor));
		model.addAttribute("requisites", portfolio.requisites(id, actor));
		model.addAttribute("invoices", billing.invoices(id, actor));
		model.addAttribute("invoiceRecipient", billing.recipient(id, actor).orElse(""));
		return "accounts/client";
	}

}
