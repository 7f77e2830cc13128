package ua.relay.routing.web;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import ua.relay.platform.Actor;
import ua.relay.routing.CallerCards;
import ua.relay.salesorg.EmployeeId;

/**
 * The screen pop: every page of an employee listens on {@code /screen-pop/stream}; a call routed to them
 * brings its caller's card, which is also a page of its own (linked from the PBX's call notifications).
 */
@Controller
@RequestMapping("/screen-pop")
class ScreenPopController {

	/** A page opened just after its call was routed (the employee was clicking through) still shows the card. */
	private static final Duration JUST_ROUTED = Duration.ofSeconds(30);

	private final ScreenPops pops;

	private final CallerCards cards;

	ScreenPopController(ScreenPops pops, CallerCards cards) {
		this.pops = pops;
		this.cards = cards;
	}

	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(Actor actor) {
		var employee = new EmployeeId(actor.requireEmployee());
		return pops.open(employee, actor.seesEverything() ? List.of() : cards.routedTo(employee, JUST_ROUTED));
	}

	@GetMapping("/calls/{id}")
	String card(@PathVariable UUID id, Actor actor, HtmxRequest htmx, Model model) {
		model.addAttribute("card", cards.card(id, actor));
		return htmx.isHtmxRequest() && !htmx.isBoosted() ? "routing/card :: card" : "routing/card";
	}

}
