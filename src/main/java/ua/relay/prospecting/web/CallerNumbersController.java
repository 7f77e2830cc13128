package ua.relay.prospecting.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ua.relay.prospecting.ProspectingQueries;

/** Tier 1's figures per caller for a period (this week by default), for the head. */
@Controller
@RequestMapping("/prospecting/manage/numbers")
class CallerNumbersController {

	private final ProspectingQueries queries;

	private final Clock clock;

	CallerNumbersController(ProspectingQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	@GetMapping
	String numbers(@RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, Model model) {
		var today = LocalDate.now(clock);
		var first = from == null ? today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : from;
		var last = to == null || to.isBefore(first) ? today : to;
		var zone = clock.getZone();
		model.addAttribute("from", first);
		model.addAttribute("to", last);
		model.addAttribute("rows", queries.perCaller(first.atStartOfDay(zone).toInstant(),
				last.plusDays(1).atStartOfDay(zone).toInstant()));
		return "prospecting/numbers";
	}

}
