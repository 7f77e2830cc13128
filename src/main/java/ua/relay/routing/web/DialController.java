package ua.relay.routing.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ua.relay.platform.Actor;
import ua.relay.routing.ClickToCall;

/** A phone number clicked in a page: the PBX rings the employee's extension, or the page opens tel:. */
@Controller
class DialController {

	private final ClickToCall clickToCall;

	DialController(ClickToCall clickToCall) {
		this.clickToCall = clickToCall;
	}

	@PostMapping("/telephony/dial")
	String dial(@RequestParam String number, Actor actor, Model model) {
		model.addAttribute("dialled", clickToCall.dial(number, actor));
		return "routing/dial :: dialled";
	}

}
