package ua.relay.accounts.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import ua.relay.accounts.Billing;
import ua.relay.accounts.Cadence;
import ua.relay.accounts.CrossSell;
import ua.relay.accounts.Playbook;
import ua.relay.accounts.Portfolio;
import ua.relay.platform.Actor;

@Controller
@RequestMapping("/accounts/clients")
class ClientsController {

	private final Portfolio portfolio;

	private final Billing billing;

	private final Cadence cadence;

	private final Playbook playbook;

	private final CrossSell crossSell;

	ClientsController(Portfolio portfolio, Billing billing, Cadence cadence, Playbook playbook, CrossSell crossSell) {
		this.crossSell = crossSell;
		this.playbook = playbook;
		this.portfolio = portfolio;
		this.billing = billing;
		this.cadence = cadence;
	}

	@GetMapping
	String clients(Actor actor, Model model) {
		model.addAttribute("clients", portfolio.clients(actor));
		model.addAttribute("rhythms", cadence.all());
		model.addAttribute("reminders", cadence.reminders(actor));
		return "accounts/clients";
	}

	/** The account manager acted on a reminder: called the client, took an order. */
	@PostMapping("/reminders/{id}/done")
	String reminderDone(@PathVariable UUID id, Actor actor) {
		cadence.done(id, actor);
		return "redirect:/accounts/clients";
	}

	@GetMapping("/{id}")
	String client(@PathVariable UUID id, Actor actor, Model model) {
		model.addAttribute("client", portfolio.client(id, actor));
		model.addAttribute("orders", billing.orders(id, actor));
		model.addAttribute("rhythm", cadence.all().get(id));
		model.addAttribute("advice", playbook.adviceFor(id, actor).orElse(null));
		model.addAttribute("suggestions", crossSell.forClient(id, actor));
		model.addAttribute("invoices", billing.invoices(id, actor));
		return "accounts/client";
	}

}
