package ua.relay.routing.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import ua.relay.platform.DomainException;
import ua.relay.routing.CallerNames;
import ua.relay.routing.InboundRouting;
import ua.relay.routing.PbxAnswers;
import ua.relay.routing.Telephony;
import ua.relay.routing.ZadarmaSignature;

/**
 * Zadarma's notifications, form-encoded with a {@code Signature} header: {@code NOTIFY_START} (an incoming
 * call begins) is answered with where to redirect it and the caller's name; {@code NOTIFY_END} reports how it
 * ended. Both sign {@code caller_id + called_did + call_start}; a request whose signature does not match the
 * configured secret is refused. Zadarma checks the address once with {@code ?zd_echo=}, which is echoed.
 */
@RestController
@RequestMapping("/api/v1/telephony/zadarma")
@Tag(name = "Switchboard", description = "Where an inbound call goes, for the PBX")
class ZadarmaRestController {

	private static final String SOURCE = "ZADARMA";

	private final PbxAnswers answers;

	private final InboundRouting routing;

	private final CallerNames names;

	private final Telephony telephony;

	ZadarmaRestController(PbxAnswers answers, InboundRouting routing, CallerNames names, Telephony telephony) {
		this.answers = answers;
		this.routing = routing;
		this.names = names;
		this.telephony = telephony;
	}

	@GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "Zadarma's check of the notification address: the zd_echo parameter comes back")
	String echo(@RequestParam(name = "zd_echo") String echo) {
		if (echo.length() > 100) {
			throw DomainException.invalid("zadarma.echo", "zd_echo is up to 100 characters");
		}
		return echo;
	}

	@PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	@Operation(summary = "Zadarma's NOTIFY_START (answered with redirect and caller_name) and NOTIFY_END, signed")
	Map<String, Object> notify(@RequestHeader(name = "Signature", required = false) String signature,
			@RequestParam Map<String, String> form) {
		String event = form.getOrDefault("event", "");
		if (!"NOTIFY_START".equals(event) && !"NOTIFY_END".equals(event)) {
			return Map.of();
		}
		String signed = form.getOrDefault("caller_id", "") + form.getOrDefault("called_did", "")
				+ form.getOrDefault("call_start", "");
		if (telephony.zadarma().secret() == null
				|| !ZadarmaSignature.matches(signature, signed, telephony.zadarma().secret())) {
			throw DomainException.unauthorized("zadarma.signature", "The Signature does not match the request");
		}
		String callId = form.get("pbx_call_id");
		if (callId == null || callId.isBlank() || callId.length() > 100) {
			throw DomainException.invalid("call.field", "Zadarma's request lacks pbx_call_id");
		}
		if ("NOTIFY_END".equals(event)) {
			routing.reported(SOURCE, callId, form.get("caller_id"), PbxForms.seconds(form.getOrDefault("duration", "0")),
					form.getOrDefault("disposition", "unknown"));
			return Map.of();
		}
		var decision = answers.route(SOURCE, callId, form.get("caller_id"));
		var answer = new LinkedHashMap<String, Object>();
		answer.put("redirect", decision.destination(telephony));
		names.of(decision).ifPresent(name -> answer.put("caller_name", name));
		return answer;
	}

}
