package ua.relay.platform.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ua.relay.platform.Actor;
import ua.relay.platform.CompanySettings;
import ua.relay.platform.CompanySettings.Holiday;
import ua.relay.platform.CompanySettings.Settings;
import ua.relay.platform.DocumentTexts;
import ua.relay.platform.DomainException;
import ua.relay.platform.HandOffDeliveries;

/**
 * The company's settings for the head and the administrator: the first-touch time, the office's days and
 * hours, the lead-supply rates and the reminders' time, with every earlier version and who made it; the
 * days the company rests, a year at a time, with Ukraine's public holidays a click away.
 */
@Controller
@RequestMapping("/settings")
class SettingsController {

	private final CompanySettings settings;

	private final Clock clock;

	private final DocumentTexts texts;

	private final HandOffDeliveries deliveries;

	SettingsController(CompanySettings settings, Clock clock, DocumentTexts texts, HandOffDeliveries deliveries) {
		this.deliveries = deliveries;
		this.settings = settings;
		this.clock = clock;
		this.texts = texts;
	}

	/** The form as the page shows and sends it: the first touch in hours, the rates per hour, made on {@code version}. */
	record SettingsForm(Integer version, BigDecimal firstTouchHours, Set<DayOfWeek> days, LocalTime dayStarts,
			LocalTime dayEnds, BigDecimal leadsPerCallerHour, BigDecimal closerLeadsPerHour, LocalTime remindersAt) {

		static SettingsForm of(CompanySettings.Version version) {
			var s = version.settings();
			return new SettingsForm(version.number(), s.firstTouchHours().stripTrailingZeros(), s.workingDays(), s.dayStarts(), s.dayEnds(), BigDecimal.valueOf(s.leadsPerCallerHour()),
					BigDecimal.valueOf(s.closerLeadsPerHour()), s.remindersAt());
		}

		Settings settings() {
			if (firstTouchHours == null) {
				throw DomainException.invalid("settings.first-touch-invalid", "First touch is required");
			}
			if (leadsPerCallerHour == null || closerLeadsPerHour == null) {
				throw DomainException.invalid("settings.rate-invalid", "Both rates are required");
			}
			return new Settings(Settings.hours(firstTouchHours), days == null ? Set.of() : days, dayStarts, dayEnds,
					leadsPerCallerHour.doubleValue(), closerLeadsPerHour.doubleValue(), remindersAt);
		}

	}

	@GetMapping
	String page(@RequestParam(required = false) Integer year, Model model) {
		int shown = year == null ? LocalDate.now(clock).getYear() : Math.max(1900, Math.min(2099, year));
		model.addAttribute("form", SettingsForm.of(settings.version()));
		model.addAttribute("weekdays", DayOfWeek.values());
		model.addAttribute("history", settings.history());
		model.addAttribute("year", shown);
		model.addAttribute("holidays", settings.holidays(shown));
		model.addAttribute("quoteText", texts.of(DocumentTexts.Kind.QUOTE));
		model.addAttribute("invoiceText", texts.of(DocumentTexts.Kind.INVOICE));
		model.addAttribute("placeholders", DocumentTexts.PLACEHOLDERS);
		model.addAttribute("stuck", deliveries.stuck());
		return "platform/settings";
	}

	@PostMapping
	String change(Actor actor, @ModelAttribute SettingsForm form, RedirectAttributes redirect) {
		var made = settings.change(actor, form.version() == null ? -1 : form.version(), form.settings());
		redirect.addFlashAttribute("message", made.changed().isEmpty() ? "settings.unchanged" : "settings.saved");
		return "redirect:/settings";
	}

	/** The head's own words for the e-mails that take a quote or an invoice to a client. */
	@PostMapping("/texts/{kind}")
	String changeText(Actor actor, @PathVariable DocumentTexts.Kind kind, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String body, RedirectAttributes redirect) {
		texts.change(actor, kind, new DocumentTexts.Text(subject, body));
		redirect.addFlashAttribute("message", "settings.text-saved");
		return "redirect:/settings#texts";
	}

	@PostMapping("/holidays")
	String addHoliday(Actor actor, @RequestParam(required = false) LocalDate day, @RequestParam(required = false) String name,
			RedirectAttributes redirect) {
		settings.addHoliday(actor, new Holiday(day, name));
		redirect.addFlashAttribute("message", "settings.holiday-added");
		return "redirect:/settings?year=" + day.getYear() + "#holidays";
	}

	@PostMapping("/holidays/remove")
	String removeHoliday(Actor actor, @RequestParam LocalDate day, RedirectAttributes redirect) {
		settings.removeHoliday(actor, day);
		redirect.addFlashAttribute("message", "settings.holiday-removed");
		return "redirect:/settings?year=" + day.getYear() + "#holidays";
	}

	@PostMapping("/holidays/public")
	String addPublicHolidays(Actor actor, @RequestParam int year, RedirectAttributes redirect) {
		int added = settings.addPublicHolidays(actor, year);
		redirect.addFlashAttribute("message", added == 0 ? "settings.public-holidays-none" : "settings.public-holidays-added");
		return "redirect:/settings?year=" + year + "#holidays";
	}

}
