package ua.relay.prospecting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import ua.relay.prospecting.LeadSupply;

/** The head's two-week forecast of tier 2's lead supply, with the days it runs dry. */
@Controller
@RequestMapping("/prospecting/manage/supply")
class LeadSupplyController {

	private final LeadSupply supply;

	LeadSupplyController(LeadSupply supply) {
		this.supply = supply;
	}

	@GetMapping
	String forecast(Model model) {
		var days = supply.forecast(14);
		model.addAttribute("days", days);
		model.addAttribute("stock", supply.stock());
		model.addAttribute("dryDays", days.stream().filter(d -> d.dry()).count());
		return "prospecting/supply";
	}

}
