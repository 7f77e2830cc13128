package ua.relay.accounts.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ua.relay.accounts.Playbook;
import ua.relay.accounts.domain.PlaybookRule;
import ua.relay.party.SizeBand;
import ua.relay.platform.Actor;

/** The head's playbook for account managers: rules in order, each a condition and what to do and say. */
@Controller
@RequestMapping("/accounts/manage/playbook")
class PlaybookController {

	private final Playbook playbook;

	PlaybookController(Playbook playbook) {
		this.playbook = playbook;
	}

	record RuleForm(@NotNull @Min(0) @Max(1000) Integer position, @NotBlank @Size(max = 120) String name, @Size(max = 60) String industry,
			String sizeBand, @Min(0) Integer minDaysSince, @Min(0) Integer maxDaysSince, @Size(max = 120) String boughtContains,
			@Min(0) Integer minOrdersPerYear, @NotBlank @Size(max = 300) String action,
			@NotBlank @Size(max = 2000) String talkingPoints) {
	}

	@GetMapping
	String rules(Model model) {
		model.addAttribute("rules", playbook.rules());
		model.addAttribute("sizes", SizeBand.values());
		return "accounts/playbook";
	}

	@PostMapping
	String add(@Valid RuleForm form, Actor actor, RedirectAttributes redirect) {
		playbook.add(new PlaybookRule(null, form.position(), form.name(), form.industry(),
				form.sizeBand() == null || form.sizeBand().isBlank() ? null : form.sizeBand(), form.minDaysSince(),
				form.maxDaysSince(), form.boughtContains(), form.minOrdersPerYear(), form.action(), form.talkingPoints()), actor);
		redirect.addFlashAttribute("message", "playbook.added");
		return "redirect:/accounts/manage/playbook";
	}

	@PostMapping("/{id}/remove")
	String remove(@PathVariable UUID id, Actor actor) {
		playbook.remove(id, actor);
		return "redirect:/accounts/manage/playbook";
	}

}
