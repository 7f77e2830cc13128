package ua.relay.accounts.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import tools.jackson.databind.json.JsonMapper;
import ua.relay.accounts.Segments;
import ua.relay.platform.Actor;

/** The portfolio over the RFM segments: a chart of how it spreads, and each client's scores. */
@Controller
@RequestMapping("/accounts/segments")
class SegmentsController {

	private final Segments segments;

	private final MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	SegmentsController(Segments segments, MessageSource messages) {
		this.segments = segments;
		this.messages = messages;
	}

	@GetMapping
	String segments(Actor actor, Locale locale, Model model) {
		var spread = segments.spread(actor);
		model.addAttribute("clients", segments.of(actor));
		model.addAttribute("labels", json.writeValueAsString(spread.keySet().stream()
			.map(s -> messages.getMessage("segment." + s, null, s.name(), locale))
			.toList()));
		model.addAttribute("values", json.writeValueAsString(spread.values()));
		return "accounts/segments";
	}

}
