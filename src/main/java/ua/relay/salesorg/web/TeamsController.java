package ua.relay.salesorg.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ua.relay.platform.Actor;
import ua.relay.salesorg.TeamId;
import ua.relay.salesorg.Teams;
import ua.relay.salesorg.Tier;

/** The teams, for the head and the administrator: formed, renamed, closed once empty. */
@Controller
@RequestMapping("/salesorg/teams")
class TeamsController {

	private final Teams teams;

	TeamsController(Teams teams) {
		this.teams = teams;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("teams", teams.all());
		model.addAttribute("tiers", Tier.values());
		return "salesorg/teams";
	}

	@PostMapping
	String form(@RequestParam(required = false) String name, @RequestParam(required = false) Tier tier, Actor actor,
			RedirectAttributes redirect) {
		teams.form(name, tier, actor);
		redirect.addFlashAttribute("message", "teams.formed");
		return "redirect:/salesorg/teams";
	}

	@PostMapping("/{id}")
	String rename(@PathVariable UUID id, @RequestParam(required = false) String name, Actor actor,
			RedirectAttributes redirect) {
		teams.rename(new TeamId(id), name, actor);
		redirect.addFlashAttribute("message", "teams.renamed");
		return "redirect:/salesorg/teams";
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
		teams.close(new TeamId(id), actor);
		redirect.addFlashAttribute("message", "teams.closed-message");
		return "redirect:/salesorg/teams";
	}

}
