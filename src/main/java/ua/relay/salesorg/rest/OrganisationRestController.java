package ua.relay.salesorg.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import ua.relay.platform.Actor;
import ua.relay.salesorg.MatrixPage;
import ua.relay.salesorg.Organisation;
import ua.relay.salesorg.OrganisationMode;
import ua.relay.salesorg.ResponsibilityMatrix;

@RestController
@RequestMapping("/api/v1/salesorg")
@Tag(name = "Sales organisation", description = "Organisation mode and the responsibility matrix")
class OrganisationRestController {

	private final Organisation organisation;

	private final ResponsibilityMatrix matrix;

	OrganisationRestController(Organisation organisation, ResponsibilityMatrix matrix) {
		this.organisation = organisation;
		this.matrix = matrix;
	}

	record ModeBody(@NotNull OrganisationMode mode) {
	}

	@GetMapping("/organisation-mode")
	@Operation(summary = "How the department is organised now")
	ModeBody mode() {
		return new ModeBody(organisation.mode());
	}

	@PutMapping("/organisation-mode")
	@Operation(summary = "Switch between CLASSIC and THREE_TIER; companies already assigned keep their people")
	ModeBody switchMode(@Valid @RequestBody ModeBody body, Actor actor) {
		organisation.switchTo(body.mode(), actor);
		return new ModeBody(organisation.mode());
	}

	@GetMapping("/matrix")
	@Operation(summary = "The responsibility matrix: companies × stages → employee, and the classic owner")
	MatrixPage matrix(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return matrix.page(page, size);
	}

}
