package ua.relay.accounts.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import ua.relay.accounts.Billing;
import ua.relay.accounts.Portfolio;
import ua.relay.platform.Actor;

@Controller
@RequestMapping("/accounts/clients")
class ClientsController {

	private final Portfolio portfolio;

	private final Billing billing;

	ClientsController(Portfolio portfolio, Billing billing) {
		this.portfolio = portfolio;
		this.billing = billing;
	}

	@GetMapping
	String clients(Actor actor, Model model) {
		model.addAttribute("clients", portfolio.clients(actor));
		return "accounts/clients";
	}

	@GetMapping("/{id}")
	String client(@PathVariable UUID id, Actor actor, Model model) {
		model.addAttribute("client", portfolio.client(id, actor));
		model.addAttribute("orders", billing.orders(id, actor));
		model.addAttribute("invoices", billing.invoices(id, actor));
		return "accounts/client";
	}

}
