package ua.relay.accounts.rest;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ua.relay.accounts.ClientView;
import ua.relay.accounts.Portfolio;
import ua.relay.platform.Actor;

@RestController
@RequestMapping("/api/v1/accounts/clients")
@Tag(name = "Tier 3: clients", description = "The calling account manager's clients")
class ClientsRestController {

	private final Portfolio portfolio;

	ClientsRestController(Portfolio portfolio) {
		this.portfolio = portfolio;
	}

	@GetMapping
	@Operation(summary = "The calling account manager's clients (all of them for the head)")
	List<ClientView> clients(Actor actor) {
		return portfolio.clients(actor);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One client")
	ClientView client(@PathVariable UUID id, Actor actor) {
		return portfolio.client(id, actor);
	}

}
