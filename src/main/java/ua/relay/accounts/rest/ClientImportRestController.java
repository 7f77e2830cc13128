package ua.relay.accounts.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import ua.relay.accounts.CargoService;
import ua.relay.accounts.PastOrder;
import ua.relay.accounts.Portfolio;
import ua.relay.party.CompanyId;
import ua.relay.platform.Actor;
import ua.relay.platform.DomainException;
import ua.relay.salesorg.EmployeeId;

@RestController
@RequestMapping("/api/v1/accounts/manage/clients")
@Tag(name = "Tier 3: existing clients", description = "Clients the company had before Relay, with their order history")
class ClientImportRestController {

	private final Portfolio portfolio;

	ClientImportRestController(Portfolio portfolio) {
		this.portfolio = portfolio;
	}

	record Order(CargoService service, @NotNull String description, @NotNull BigDecimal amount, @NotNull LocalDate orderedOn) {
	}

	record ImportRequest(@NotNull UUID companyId, UUID accountManagerId, @NotEmpty List<@Valid Order> orders) {
	}

	record Created(UUID id) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Head of sales: bring in an existing client (a company Relay knows) with its past orders; "
			+ "its account manager as given, or by the rules")
	Created importClient(@Valid @RequestBody ImportRequest request, Actor actor) {
		List<PastOrder> history;
		try {
			history = request.orders()
				.stream()
				.map(o -> new PastOrder(o.service(), o.description(), o.amount(), o.orderedOn()))
				.toList();
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.invalid("client.import-order", ex.getMessage());
		}
		return new Created(portfolio.importClient(new CompanyId(request.companyId()),
				request.accountManagerId() == null ? null : new EmployeeId(request.accountManagerId()), history, actor));
	}

}
