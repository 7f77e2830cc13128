package ua.relay.accounts.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ua.relay.accounts.ManagerFigures;
import ua.relay.platform.Actor;
import ua.relay.platform.web.Period;

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
	String numbers(@RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, Actor actor,
			Model model) {
		var period = Period.chosenOrLast30Days(from, to, clock);
		model.addAttribute("from", period.from());
		model.addAttribute("to", period.to());
		model.addAttribute("numbers", figures.between(period.from(), period.to(), actor));
		return "accounts/numbers";
	}

}
