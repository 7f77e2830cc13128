package ua.relay.salesorg.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import ua.relay.platform.Actor;
import ua.relay.salesorg.Organisation;
import ua.relay.salesorg.OrganisationMode;
import ua.relay.salesorg.ResponsibilityMatrix;

@Controller
@RequestMapping("/salesorg")
class MatrixController {

	private static final int PAGE_SIZE = 25;

	private final ResponsibilityMatrix matrix;

	private final Organisation organisation;

	MatrixController(ResponsibilityMatrix matrix, Organisation organisation) {
		this.matrix = matrix;
		this.organisation = organisation;
	}

	/** The whole page, or only the matrix tables when htmx asks for another page of them. */
	@GetMapping("/matrix")
	String matrix(@RequestParam(defaultValue = "0") int page, HtmxRequest htmx, Model model) {
		model.addAttribute("matrix", matrix.page(Math.max(0, page), PAGE_SIZE));
		model.addAttribute("mode", organisation.mode());
		model.addAttribute("modes", OrganisationMode.values());
		return htmx.isHtmxRequest() && !htmx.isBoosted() ? "salesorg/matrix :: tables" : "salesorg/matrix";
	}

	/** The head switches the model after reading what changes (the page asks first); the page then says what did. */
	@PostMapping("/organisation-mode")
	String switchMode(@RequestParam OrganisationMode mode, Actor actor, RedirectAttributes redirect) {
		if (organisation.mode() == mode) {
			redirect.addFlashAttribute("message", "mode.unchanged");
			return "redirect:/salesorg/matrix";
		}
		organisation.switchTo(mode, actor);
		redirect.addFlashAttribute("message", "mode." + mode + ".switched");
		return "redirect:/salesorg/matrix";
	}

}
