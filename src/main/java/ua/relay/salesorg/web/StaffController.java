package ua.relay.salesorg.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ua.relay.platform.Actor;
import ua.relay.platform.DomainException;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Leavers;
import ua.relay.salesorg.People;
import ua.relay.salesorg.Specialisation;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.Tier;

/** The staff list with what the head sets for each employee: capacity, PBX extension, whom they serve best. */
@Controller
@RequestMapping("/salesorg/staff")
class StaffController {

	private final Staff staff;

	private final People people;

	private final Leavers leavers;

	StaffController(Staff staff, People people, Leavers leavers) {
		this.staff = staff;
		this.people = people;
		this.leavers = leavers;
	}

	/** What the employee holds and who could take it, before the head confirms that they leave. */
	@GetMapping("/{id}/leave")
	String leaving(@PathVariable UUID id, Model model) {
		model.addAttribute("summary", leavers.summary(new EmployeeId(id)));
		return "salesorg/leave";
	}

	/** They leave: the login stops and their work is handed over, in one step; the list says where it went. */
	@PostMapping("/{id}/leave")
	String leave(@PathVariable UUID id, @RequestParam(required = false) UUID closer,
			@RequestParam(required = false) UUID accountManager, Actor actor, RedirectAttributes redirect) {
		var left = leavers.leave(new EmployeeId(id), closer == null ? null : new EmployeeId(closer),
				accountManager == null ? null : new EmployeeId(accountManager), actor);
		redirect.addFlashAttribute("left", left);
		return "redirect:/salesorg/staff#left";
	}

	/** A forgotten password: a new one-time one, shown on the list this once. */
	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable UUID id, RedirectAttributes redirect) {
		var login = people.resetPassword(new EmployeeId(id));
		redirect.addFlashAttribute("passwordReset", login);
		return "redirect:/salesorg/staff#employee-" + id;
	}

	/** Hires someone with a login; the one-time password is shown on the list this once. */
	@PostMapping("/hire")
	String hire(@RequestParam String fullName, @RequestParam String works, @RequestParam String username,
			@RequestParam(required = false) String email, @RequestParam(required = false) String capacity,
			@RequestParam(required = false) String extension, RedirectAttributes redirect) {
		boolean head = "HEAD".equals(works);
		Integer carries = null;
		if (capacity != null && !capacity.isBlank()) {
			try {
				carries = Integer.parseInt(capacity.strip());
			}
			catch (NumberFormatException ex) {
				throw DomainException.invalid("employee.capacity", "Not a number: " + capacity);
			}
		}
		var hired = people.hire(new People.Hire(fullName, head ? null : Tier.valueOf(works), head, username, email, carries,
				extension));
		redirect.addFlashAttribute("hired", hired);
		return "redirect:/salesorg/staff#employee-" + hired.employee().value();
	}

	/** An employee's settings; the specialisation only for account managers, the capacity not for the head. */
	record SettingsForm(@Min(0) @Max(1000) Integer capacity, @Size(max = 20) String extension,
			@Size(max = 500) String industries, @Size(max = 100) String sizes, @Size(max = 500) String regions) {
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("staff", staff.all());
		return "salesorg/staff";
	}

	@PostMapping("/{id}")
	String save(@PathVariable UUID id, @Valid SettingsForm form, RedirectAttributes redirect) {
		var employee = staff.get(new EmployeeId(id));
		if (form.capacity() != null && !employee.headOfSales()) {
			staff.setCapacity(employee.id(), form.capacity());
		}
		staff.setExtension(employee.id(), form.extension());
		if (employee.tier() == Tier.AM && !employee.headOfSales()) {
			staff.setSpecialisation(employee.id(), Specialisation.parse(blankIfNull(form.industries()),
					blankIfNull(form.sizes()), blankIfNull(form.regions())));
		}
		redirect.addFlashAttribute("message", "staff.saved");
		return "redirect:/salesorg/staff#employee-" + id;
	}

	private static String blankIfNull(String text) {
		return text == null ? "" : text;
	}

}
