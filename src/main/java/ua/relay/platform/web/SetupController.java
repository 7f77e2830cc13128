package ua.relay.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import ua.relay.platform.DomainException;
import ua.relay.platform.OwnCompany;
import ua.relay.platform.Setup;
import ua.relay.platform.UserManagement;

/** The first run's page and its API twin: the company and its first administrator, once. */
@Controller
@Tag(name = "Setup", description = "The first run: the company and its first administrator, once")
class SetupController {

	private final Setup setup;

	private final OwnCompany company;

	SetupController(Setup setup, OwnCompany company) {
		this.setup = setup;
		this.company = company;
	}

	@GetMapping("/setup")
	String page(Model model) {
		gone();
		var suggested = company.defaults();
		model.addAttribute("legalForm", suggested.legalForm() == null ? "ТОВ" : suggested.legalForm());
		model.addAttribute("suggested", suggested);
		model.addAttribute("minPassword", UserManagement.MIN_PASSWORD);
		return "platform/setup";
	}

	@PostMapping("/setup")
	String complete(@RequestParam String code, @RequestParam String name, @RequestParam(required = false) String legalForm,
			@RequestParam String edrpou, @RequestParam String address, @RequestParam String iban, @RequestParam String bank,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String email,
			@RequestParam(defaultValue = "false") boolean vatPayer, @RequestParam String paymentDays,
			@RequestParam String username, @RequestParam String fullName, @RequestParam(required = false) String adminEmail,
			@RequestParam String password, @RequestParam String passwordAgain) {
		gone();
		if (!password.equals(passwordAgain)) {
			throw DomainException.invalid("setup.passwordAgain-differs", "The two passwords differ");
		}
		int days;
		try {
			days = Integer.parseInt(paymentDays.strip());
		}
		catch (NumberFormatException ex) {
			throw DomainException.invalid("company.paymentDays-invalid", "Not a number of days: " + paymentDays);
		}
		setup.complete(code, new OwnCompany.Requisites(name, legalForm, edrpou, address, iban, bank, phone, email, vatPayer,
				days), new Setup.Administrator(username, fullName, adminEmail, password));
		return "redirect:/login?setup";
	}

	/** The API's setup: {@code {"code": "…", "company": {…}, "admin": {…}}}. */
	public record SetupRequest(String code, CompanyBody company, Setup.Administrator admin) {
	}

	/** The company as sent, checked when it becomes {@link OwnCompany.Requisites}. */
	public record CompanyBody(String name, String legalForm, String edrpou, String address, String iban, String bank,
			String phone, String email, Boolean vatPayer, Integer paymentDays) {

		OwnCompany.Requisites requisites() {
			if (vatPayer == null) {
				throw DomainException.invalid("company.vatPayer-required", "Say whether the company pays VAT");
			}
			if (paymentDays == null) {
				throw DomainException.invalid("company.paymentDays-invalid", "Say the days an invoice gives to pay");
			}
			return new OwnCompany.Requisites(name, legalForm, edrpou, address, iban, bank, phone, email, vatPayer, paymentDays);
		}

	}

	public record SetupDone(String company, String admin) {
	}

	@PostMapping("/api/v1/setup")
	@ResponseBody
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Set Relay up: the company on its documents and the first administrator",
			description = "Only on a database with no company and no user, with the code printed in the log at start "
					+ "(or RELAY_SETUP_CODE); afterwards it answers 404.")
	SetupDone api(@RequestBody SetupRequest request) {
		gone();
		if (request.company() == null || request.admin() == null) {
			throw DomainException.invalid("setup.incomplete", "Send the company and the admin");
		}
		var requisites = request.company().requisites();
		setup.complete(request.code(), requisites, request.admin());
		return new SetupDone(requisites.displayName(), request.admin().username().strip());
	}

	private void gone() {
		if (!setup.needed()) {
			throw DomainException.notFound("setup.done", "Relay is set up already");
		}
	}

}
