package ua.relay.salesorg.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import ua.relay.platform.Actor;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Organisation;
import ua.relay.salesorg.OrganisationMode;
import ua.relay.salesorg.ResponsibilityMatrix;
import ua.relay.salesorg.Specialisation;
import ua.relay.salesorg.Staff;

@Controller
@RequestMapping("/salesorg")
class MatrixController {

	private static final int PAGE_SIZE = 25;

	private final ResponsibilityMatrix matrix;

	private final Organisation organisation;

	private final Staff staff;

	MatrixController(ResponsibilityMatrix matrix, Organisation organisation, Staff staff) {
		this.matrix = matrix;
		this.organisation = organisation;
		this.staff = staff;
	}

	/** The whole page, or only the matrix tables when htmx asks for another page of them. */
	@GetMapping("/matrix")
	String matrix(@RequestParam(defaultValue = "0") int page, HtmxRequest htmx, Model model) {
		model.addAttribute("matrix", matrix.page(Math.max(0, page), PAGE_SIZE));
		model.addAttribute("mode", organisation.mode());
		model.addAttribute("modes", OrganisationMode.values());
		model.addAttribute("staff", staff.all());
		return htmx.isHtmxRequest() && !htmx.isBoosted() ? "salesorg/matrix :: tables" : "salesorg/matrix";
	}

	/** How many open leads and deals the employee can carry: tier 2's distribution follows it. */
	@PostMapping("/staff/{id}/capacity")
	String capacity(@PathVariable UUID id, @RequestParam int capacity) {
		staff.setCapacity(new EmployeeId(id), capacity);
		return "redirect:/salesorg/matrix";
	}

	/** The employee's line on the PBX: routed calls ring there, click-to-call dials from there. */
	@PostMapping("/staff/{id}/extension")
	String extension(@PathVariable UUID id, @RequestParam(defaultValue = "") String extension) {
		staff.setExtension(new EmployeeId(id), extension);
		return "redirect:/salesorg/matrix";
	}

	/** Whom an account manager serves best: industries, size bands, regions, each a list separated by ";". */
	@PostMapping("/staff/{id}/specialisation")
	String specialisation(@PathVariable UUID id, @RequestParam(defaultValue = "") String industries,
			@RequestParam(defaultValue = "") String sizes, @RequestParam(defaultValue = "") String regions) {
		staff.setSpecialisation(new EmployeeId(id), Specialisation.parse(industries, sizes, regions));
		return "redirect:/salesorg/matrix";
	}

	@PostMapping("/organisation-mode")
	String switchMode(@RequestParam OrganisationMode mode, Actor actor) {
		organisation.switchTo(mode, actor);
		return "redirect:/salesorg/matrix";
	}

}
