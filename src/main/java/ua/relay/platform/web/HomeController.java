package ua.relay.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import ua.relay.platform.Actor;
import ua.relay.platform.Workspaces;

@Controller
class HomeController {

	@GetMapping("/")
	String home(Actor actor) {
		return "redirect:" + Workspaces.of(actor);
	}

	@GetMapping("/login")
	String login() {
		return "platform/login";
	}

}
