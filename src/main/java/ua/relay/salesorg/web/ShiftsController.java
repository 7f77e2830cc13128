package ua.relay.salesorg.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
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

	private final ConversionService conversion;

	ShiftsController(Shifts shifts, Staff staff, @Qualifier("mvcConversionService") ConversionService conversion) {
		this.shifts = shifts;
		this.staff = staff;
		this.conversion = conversion;
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
			String from = form.getOrDefault("from." + day.name(), "").strip();
			String to = form.getOrDefault("to." + day.name(), "").strip();
			if (from.isEmpty() && to.isEmpty()) {
				continue;
			}
			if (from.isEmpty() || to.isEmpty()) {
				throw DomainException.invalid("shift.half", "A shift on " + day + " has a start and an end");
			}
			weekly.add(new WeeklyShift(day, time(from), time(to)));
		}
		shifts.setWeekly(new EmployeeId(id), weekly);
		redirect.addFlashAttribute("message", "shifts.saved");
		return "redirect:/salesorg/shifts/" + id;
	}

	/** A time as typed: "17:00", "9:00", "9.00". */
	private LocalTime time(String typed) {
		try {
			return conversion.convert(typed, LocalTime.class);
		}
		catch (ConversionException ex) {
			throw DomainException.invalid("shift.time", "Not a time: " + typed, typed);
		}
	}

	@PostMapping("/{id}/days-off")
	String dayOff(@PathVariable UUID id, @RequestParam LocalDate day,
			RedirectAttributes redirect) {
		shifts.dayOff(new EmployeeId(id), day);
		redirect.addFlashAttribute("message", "shifts.day-off-added");
		return "redirect:/salesorg/shifts/" + id;
	}

}
