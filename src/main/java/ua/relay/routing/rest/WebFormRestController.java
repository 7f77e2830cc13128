package ua.relay.routing.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import ua.relay.routing.WebFormLead;
import ua.relay.routing.WebForms;

@RestController
@RequestMapping("/api/v1/leads")
@Tag(name = "Web forms", description = "Leads from the website into tier 2's inbox")
class WebFormRestController {

	private final WebForms forms;

	WebFormRestController(WebForms forms) {
		this.forms = forms;
	}

	record Form(@NotBlank @Size(max = 300) String company, @NotBlank @Size(max = 40) String phone,
			@Size(max = 254) String email, @Size(max = 200) String contact, @Size(max = 2000) String message) {
	}

	@PostMapping
	@Operation(summary = "A lead from a web form (the website's API token). Idempotency-Key is required: a retry with "
			+ "the same key answers as the first time (200) and creates nothing; the same key with another body is refused (409)")
	ResponseEntity<WebForms.Received> submit(@RequestHeader(name = "Idempotency-Key", required = false) String key,
			@Valid @RequestBody Form form) {
		var received = forms.submit(key, new WebFormLead(form.company(), form.phone(), form.email(), form.contact(),
				form.message()));
		return ResponseEntity.status(received.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(received);
	}

}
