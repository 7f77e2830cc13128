package ua.relay.routing.rest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import ua.relay.platform.DomainException;
import ua.relay.routing.InboundRouting;
import ua.relay.routing.PbxAnswers;
import ua.relay.routing.Telephony;

/**
 * For Asterisk's dialplan function {@code CURL()}, which reads a plain answer:
 * {@code Set(DEST=${CURL(https://relay/api/v1/telephony/asterisk/route?call=${UNIQUEID}&from=${CALLERID(num)})})}
 * gives what to dial; the {@code h} extension reports the end with {@code /completed}.
 */
@RestController
@RequestMapping("/api/v1/telephony/asterisk")
@Tag(name = "Switchboard", description = "Where an inbound call goes, for the PBX")
class AsteriskRestController {

	private static final String SOURCE = "ASTERISK";

	private final PbxAnswers answers;

	private final InboundRouting routing;

	private final Telephony telephony;

	AsteriskRestController(PbxAnswers answers, InboundRouting routing, Telephony telephony) {
		this.answers = answers;
		this.routing = routing;
		this.telephony = telephony;
	}

	@GetMapping(path = "/route", produces = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "What to dial for this call (an extension or a ring group), as plain text for CURL()")
	String route(@RequestParam String call, @RequestParam(defaultValue = "") String from) {
		return answers.route(SOURCE, checked(call), from).destination(telephony);
	}

	@GetMapping(path = "/completed", produces = MediaType.TEXT_PLAIN_VALUE)
	@Operation(summary = "How the call ended: seconds talked (CDR(billsec)) and the DIALSTATUS")
	String completed(@RequestParam String call, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "0") int seconds, @RequestParam(defaultValue = "UNKNOWN") String status) {
		routing.reported(SOURCE, checked(call), from, Math.max(0, seconds), status);
		return "OK";
	}

	private static String checked(String call) {
		if (call.isBlank() || call.length() > 100) {
			throw DomainException.invalid("call.field", "call is the UNIQUEID, up to 100 characters");
		}
		return call.strip();
	}

}
