package ua.relay.prospecting.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import ua.relay.platform.Actor;
import ua.relay.prospecting.CallOutcome;
import ua.relay.prospecting.CallQueue;
import ua.relay.prospecting.CallScripts;
import ua.relay.prospecting.LeadSupply;
import ua.relay.prospecting.MeetingSlot;
import ua.relay.prospecting.CallReport;
import ua.relay.prospecting.ProspectId;
import ua.relay.prospecting.ProspectingQueries;

@Controller
@RequestMapping("/prospecting")
class CallerDeskController {

	private final CallQueue queue;

	private final ProspectingQueries queries;

	private final Clock clock;

	private final CallScripts scripts;

	private final LeadSupply supply;

	CallerDeskController(CallQueue queue, ProspectingQueries queries, Clock clock, CallScripts scripts,
			LeadSupply supply) {
		this.queue = queue;
		this.queries = queries;
		this.clock = clock;
		this.scripts = scripts;
		this.supply = supply;
	}

	/** {@code next}: a checkbox, "straight to the next prospect"; left unticked, the browser sends nothing. */
	record OutcomeForm(@NotNull CallOutcome outcome, @Size(max = 2000) String note,
			LocalDateTime callbackAt, String meeting, Boolean next) {
	}

	@GetMapping("/desk")
	String desk(Actor actor, Model model) {
		var prospect = queue.current(actor);
		model.addAttribute("prospect", prospect.orElse(null));
		model.addAttribute("script", prospect.flatMap(p -> scripts.position(p.id())).orElse(null));
		model.addAttribute("slots", prospect.isPresent() ? queue.meetingSlots(actor) : java.util.List.of());
		model.addAttribute("numbers", queries.today(actor));
		model.addAttribute("target", supply.targetFor(actor).orElse(null));
		model.addAttribute("callbacks", queries.callbacks(actor));
		model.addAttribute("attempts", prospect.map(p -> queries.callsTo(p.company().id())).orElse(java.util.List.of()));
		return "prospecting/desk";
	}

	/** One step along the script; htmx gets the script panel back, a plain form the whole desk. */
	@PostMapping("/prospects/{id}/script")
	String scriptStep(@PathVariable UUID id, @RequestParam String step, @RequestParam(required = false) Integer answer,
			Actor actor, HtmxRequest htmx, Model model) {
		var prospectId = new ProspectId(id);
		model.addAttribute("script", scripts.advance(prospectId, step, answer, actor).orElse(null));
		model.addAttribute("prospect", queue.card(prospectId, actor));
		return htmx.isHtmxRequest() ? "prospecting/desk :: script" : "redirect:/prospecting/desk";
	}

	@PostMapping("/desk/next")
	String next(Actor actor, RedirectAttributes redirect) {
		if (queue.next(actor).isEmpty()) {
			redirect.addFlashAttribute("message", "desk.queue-empty");
		}
		return "redirect:/prospecting/desk";
	}

	@GetMapping("/prospects/{id}")
	String prospect(@PathVariable UUID id, Actor actor, Model model) {
		var card = queue.card(new ProspectId(id), actor);
		model.addAttribute("prospect", card);
		model.addAttribute("script", scripts.position(new ProspectId(id)).orElse(null));
		model.addAttribute("slots", queue.meetingSlots(actor));
		model.addAttribute("numbers", queries.today(actor));
		model.addAttribute("callbacks", queries.callbacks(actor));
		model.addAttribute("attempts", queries.callsTo(card.company().id()));
		return "prospecting/desk";
	}

	/**
	 * Records the call; a report the rules refuse (a callback without a time, a meeting slot just taken) goes
	 * back to the desk with why, the note kept.
	 */
	@PostMapping("/prospects/{id}/outcome")
	String outcome(@PathVariable UUID id, @Valid OutcomeForm form, Actor actor, RedirectAttributes redirect) {
		var callbackAt = form.callbackAt() == null ? null : form.callbackAt().atZone(clock.getZone()).toInstant();
		var slot = form.meeting() == null || form.meeting().isBlank() ? null : MeetingSlot.parse(form.meeting());
		queue.record(new ProspectId(id), new CallReport(form.outcome(), form.note(), callbackAt, slot), actor);
		redirect.addFlashAttribute("message", "desk.recorded." + form.outcome());
		if (Boolean.TRUE.equals(form.next()) && queue.next(actor).isEmpty()) {
			redirect.addFlashAttribute("message", "desk.queue-empty");
		}
		return "redirect:/prospecting/desk";
	}

}
