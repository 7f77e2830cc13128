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
import ua.relay.salesorg.TeamId;
import ua.relay.salesorg.Teams;
import ua.relay.salesorg.Tier;
import ua.relay.salesorg.Transfers;

/** The staff list with what the head sets for each employee: capacity, PBX extension, whom they serve best. */
@Controller
@RequestMapping("/salesorg/staff")
class StaffController {

	private final Staff staff;

	private final People people;

	private final Leavers leavers;

	private final Teams teams;

	private final Transfers transfers;

	StaffController(Staff staff, People people, Leavers leavers, Teams teams, Transfers transfers) {
		this.staff = staff;
		this.people = people;
		this.leavers = leavers;
		this.teams = teams;
		this.transfers = transfers;
	}

	/** What a move to another tier would hand over, the tiers and teams to choose, and the employee's earlier moves. */
	@GetMapping("/{id}/move")
	String moving(@PathVariable UUID id, Model model) {
		model.addAttribute("summary", transfers.summary(new EmployeeId(id)));
		model.addAttribute("moves", transfers.moves(new EmployeeId(id)));
		model.addAttribute("tiers", Tier.values());
		model.addAttribute("teamsByTier", openTeamsByTier());
		return "salesorg/move";
	}

	/** They move: in the new tier and team from now, and what they held of the old tier handed over. */
	@PostMapping("/{id}/move")
	String move(@PathVariable UUID id, @RequestParam(required = false) Tier tier, @RequestParam(required = false) UUID team,
			@RequestParam(required = false) UUID closer, @RequestParam(required = false) UUID accountManager, Actor actor,
			RedirectAttributes redirect) {
		var moved = transfers.move(new EmployeeId(id), tier, team == null ? null : new TeamId(team),
				closer == null ? null : new EmployeeId(closer), accountManager == null ? null : new EmployeeId(accountManager),
				actor);
		redirect.addFlashAttribute("moved", moved);
		return "redirect:/salesorg/staff#moved";
	}

	/** The open teams by tier name (a template indexes a map by text, not by an enum). */
	private java.util.Map<String, java.util.List<ua.relay.salesorg.Team>> openTeamsByTier() {
		var byTier = new java.util.LinkedHashMap<String, java.util.List<ua.relay.salesorg.Team>>();
		for (Tier tier : Tier.values()) {
			byTier.put(tier.name(), new java.util.ArrayList<>());
		}
		teams.all().stream().filter(ua.relay.salesorg.Team::open).forEach(t -> byTier.get(t.tier().name()).add(t));
		return byTier;
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

	/** A new invitation to the employee's e-mail: the link lost or expired, or a forgotten password. */
	@PostMapping("/{id}/invite")
	String invite(@PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("hired", people.reinvite(new EmployeeId(id)));
		return "redirect:/salesorg/staff#employee-" + id;
	}

	/**
	 * Hires someone with a login, started by an invitation to their e-mail when asked (and an SMTP server is
	 * configured), else by a one-time password shown on the list this once.
	 */
	@PostMapping("/hire")
	String hire(@RequestParam String fullName, @RequestParam String works, @RequestParam String username,
			@RequestParam(required = false) String email, @RequestParam(required = false) String capacity,
			@RequestParam(required = false) String extension, @RequestParam(required = false) UUID team,
			@RequestParam(defaultValue = "false") boolean invite, RedirectAttributes redirect) {
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
				extension, team == null ? null : new TeamId(team), invite && people.canInvite()));
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
		model.addAttribute("canInvite", people.canInvite());
		model.addAttribute("tiers", Tier.values());
		model.addAttribute("teamsByTier", openTeamsByTier());
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
