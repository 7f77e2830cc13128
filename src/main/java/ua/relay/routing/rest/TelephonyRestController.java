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
import ua.relay.routing.PbxAnswers;
import ua.relay.routing.RoutingDecision;
import ua.relay.routing.Telephony;

@RestController
@RequestMapping("/api/v1/telephony")
@Tag(name = "Switchboard", description = "Where an inbound call goes, for the PBX")
class TelephonyRestController {

	private final InboundRouting routing;

	private final PbxAnswers answers;

	private final Telephony telephony;

	TelephonyRestController(InboundRouting routing, PbxAnswers answers, Telephony telephony) {
		this.routing = routing;
		this.answers = answers;
		this.telephony = telephony;
	}

	record InboundCall(@NotBlank @Size(max = 100) String callId, @Size(max = 60) String from) {
	}

	/**
	 * The answer the PBX acts on: {@code destination} is what to dial (the employee's extension, else the
	 * tier's ring group, else the fallback); {@code fallback} is true when Relay could not decide in time.
	 */
	record Destination(UUID callId, String destination, UUID employeeId, String employee, String extension, String queue,
			String tier, UUID companyId, String reason, boolean fallback) {
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
	@Operation(summary = "Route an inbound call: the caller's number in any format → what to dial, the employee (or the tier's queue), "
			+ "the company and the reason. The same callId again gets the same answer; within relay.telephony.answer-within "
			+ "or the fallback destination.")
	Destination inbound(@Valid @RequestBody InboundCall call) {
		RoutingDecision d = answers.route("WEBHOOK", call.callId(), call.from());
		return new Destination(d.callId(), d.destination(telephony), d.employee() == null ? null : d.employee().value(),
				d.employeeName(), d.extension(), d.queue(), d.tier().name(), d.company() == null ? null : d.company().value(),
				d.reason(), d.fallback());
	}

}
