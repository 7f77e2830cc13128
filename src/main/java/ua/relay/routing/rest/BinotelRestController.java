package ua.relay.routing.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import ua.relay.platform.DomainException;
import ua.relay.routing.CallerNames;
import ua.relay.routing.InboundRouting;
import ua.relay.routing.PbxAnswers;
import ua.relay.routing.Telephony;

/**
 * Binotel's two requests, form-encoded to one address: "call settings" ({@code requestType=apiCallSettings})
 * asks whom an incoming call should ring, and is answered with the customer's name, a link to the call's
 * card in Relay and the employee it is assigned to; "call completed" ({@code apiCallCompleted}, with
 * {@code callDetails[...]}) reports how it ended, and must be answered {@code {"status":"success"}} or Binotel
 * delivers it again, up to seven times: each delivery after the first changes nothing.
 */
@RestController
@RequestMapping("/api/v1/telephony/binotel")
@Tag(name = "Switchboard", description = "Where an inbound call goes, for the PBX")
class BinotelRestController {

	private static final String SOURCE = "BINOTEL";

	private final PbxAnswers answers;

	private final InboundRouting routing;

	private final CallerNames names;

	private final Telephony telephony;

	BinotelRestController(PbxAnswers answers, InboundRouting routing, CallerNames names, Telephony telephony) {
		this.answers = answers;
		this.routing = routing;
		this.names = names;
		this.telephony = telephony;
	}

	@PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	@Operation(summary = "Binotel's call settings (whom to ring) and call-completed notifications, form-encoded")
	Map<String, Object> receive(@RequestParam Map<String, String> form) {
		String type = form.getOrDefault("requestType", "");
		if ("apiCallSettings".equals(type)) {
			return callSettings(form);
		}
		if ("apiCallCompleted".equals(type)) {
			return callCompleted(form);
		}
		// the other notifications (received, answered, transferred) carry nothing Relay keeps
		return Map.of("status", "success");
	}

	private Map<String, Object> callSettings(Map<String, String> form) {
		String callId = required(form, "generalCallID");
		var decision = answers.route(SOURCE, callId, required(form, "externalNumber"));
		var customer = new LinkedHashMap<String, Object>();
		customer.put("name", names.of(decision).orElse(form.get("externalNumber")));
		customer.put("description", decision.reasonCode());
		if (decision.callId() != null) {
			customer.put("linkToCrmUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
				.path("/screen-pop/calls/{id}")
				.buildAndExpand(decision.callId())
				.toUriString());
			customer.put("linkToCrmTitle", "Relay");
		}
		var employee = new LinkedHashMap<String, Object>();
		employee.put("employeeName", decision.employeeName());
		employee.put("employeeNumber", decision.destination(telephony));
		customer.put("assignedToEmployee", employee);
		return Map.of("customerData", customer);
	}

	private Map<String, Object> callCompleted(Map<String, String> form) {
		String callType = form.getOrDefault("callDetails[callType]", "0");
		if ("0".equals(callType)) {
			int seconds = PbxForms.seconds(form.getOrDefault("callDetails[billsec]", "0"));
			routing.reported(SOURCE, required(form, "callDetails[generalCallID]"),
					form.get("callDetails[externalNumber]"), seconds,
					form.getOrDefault("callDetails[disposition]", "UNKNOWN"));
		}
		return Map.of("status", "success");
	}

	private static String required(Map<String, String> form, String field) {
		String value = form.get(field);
		if (value == null || value.isBlank() || value.length() > 100) {
			throw DomainException.invalid("call.field", "Binotel's request lacks " + field);
		}
		return value.strip();
	}

}
