package ua.relay.routing.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import ua.relay.platform.DomainException;
import ua.relay.routing.InboundRouting;
import ua.relay.routing.RoutingDecision;

@RestController
@RequestMapping("/api/v1/telephony")
@Tag(name = "Switchboard", description = "Where an inbound call goes, for the PBX")
class TelephonyRestController {

	private final InboundRouting routing;

	TelephonyRestController(InboundRouting routing) {
		this.routing = routing;
	}

	record InboundCall(@NotBlank @Size(max = 100) String callId, @Size(max = 60) String from) {
	}

	/** The answer the PBX acts on. */
	record Destination(UUID callId, UUID employeeId, String employee, String queue, String tier, UUID companyId,
			String reason) {
	}

	record Completed(@NotBlank @Size(max = 100) String callId, @Min(0) int durationSeconds,
			@NotBlank @Size(max = 20) String outcome) {
	}

	record Status(String status) {
	}

	@PostMapping("/completed")
	@Operation(summary = "The PBX reports how an inbound call ended (duration, outcome such as ANSWERED, MISSED); "
			+ "a repeated report is recorded once. 404 for a call Relay did not route")
	Status completed(@Valid @RequestBody Completed call) {
		if (!routing.completed("WEBHOOK", call.callId(), call.durationSeconds(), call.outcome())) {
			throw DomainException.notFound("call.not-found", "No inbound call " + call.callId());
		}
		return new Status("success");
	}

	@PostMapping("/inbound")
	@Operation(summary = "Route an inbound call: the caller's number in any format → the employee (or the tier's queue), "
			+ "the company and the reason. The same callId again gets the same answer.")
	Destination inbound(@Valid @RequestBody InboundCall call) {
		RoutingDecision d = routing.route("WEBHOOK", call.callId(), call.from());
		return new Destination(d.callId(), d.employee() == null ? null : d.employee().value(), d.employeeName(), d.queue(),
				d.tier().name(), d.company() == null ? null : d.company().value(), d.reason());
	}

}
