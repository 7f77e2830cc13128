package ua.relay.accounts.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ua.relay.accounts.ManagerFigures;
import ua.relay.platform.Actor;

/** Tier 3's numbers for a period (the last 30 days unless chosen): a manager's own, everyone's for the head. */
@Controller
@RequestMapping("/accounts/numbers")
class ManagerNumbersController {

	private final ManagerFigures figures;

	private final Clock clock;

	ManagerNumbersController(ManagerFigures figures, Clock clock) {
		this.figures = figures;
		this.clock = clock;
	}

	@GetMapping
	String numbers(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Actor actor,
			Model model) {
		var last = to == null ? LocalDate.now(clock) : to;
		var first = from == null ? last.minusDays(29) : from;
		model.addAttribute("from", first);
		model.addAttribute("to", last);
		model.addAttribute("numbers", figures.between(first, last, actor));
		return "accounts/numbers";
	}

}
