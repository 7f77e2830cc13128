package ua.relay.salesorg.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ua.relay.platform.DomainException;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Shifts;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.WeeklyShift;

/** The head sets each salesperson's weekly shifts and days off. */
@Controller
@RequestMapping("/salesorg/shifts")
class ShiftsController {

	private final Shifts shifts;

	private final Staff staff;

	ShiftsController(Shifts shifts, Staff staff) {
		this.shifts = shifts;
		this.staff = staff;
	}

	@GetMapping
	String list(Model model) {
		var rows = staff.all().stream().filter(e -> e.tier() != null && e.active())
			.map(e -> Map.entry(e, shifts.plan(e.id())))
			.toList();
		model.addAttribute("rows", rows);
		return "salesorg/shifts";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		var employee = staff.get(new EmployeeId(id));
		model.addAttribute("employee", employee);
		model.addAttribute("plan", shifts.plan(employee.id()));
		model.addAttribute("weekdays", DayOfWeek.values());
		return "salesorg/shift-editor";
	}

	/** One pair of times per weekday ({@code from.MONDAY}, {@code to.MONDAY}); a day left empty has no shift. */
	@PostMapping("/{id}")
	String save(@PathVariable UUID id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		var weekly = new ArrayList<WeeklyShift>();
		for (DayOfWeek day : DayOfWeek.values()) {
			String from = form.get("from." + day.name());
			String to = form.get("to." + day.name());
			if (from != null && !from.isBlank() && to != null && !to.isBlank()) {
				weekly.add(new WeeklyShift(day, LocalTime.parse(from), LocalTime.parse(to)));
			}
		}
		try {
			shifts.setWeekly(new EmployeeId(id), weekly);
			redirect.addFlashAttribute("message", "shifts.saved");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", "problem." + ex.code());
		}
		return "redirect:/salesorg/shifts/" + id;
	}

	@PostMapping("/{id}/days-off")
	String dayOff(@PathVariable UUID id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			RedirectAttributes redirect) {
		shifts.dayOff(new EmployeeId(id), day);
		redirect.addFlashAttribute("message", "shifts.day-off-added");
		return "redirect:/salesorg/shifts/" + id;
	}

}
