package ua.relay.platform.web;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import ua.relay.platform.Actor;
import ua.relay.platform.CompanySettings;
import ua.relay.platform.DomainException;

@RestController
@RequestMapping("/api/v1/admin/settings")
@Tag(name = "Settings", description = "The company's settings and days off: the administrator's and the head's")
class SettingsRestController {

	private final CompanySettings settings;

	SettingsRestController(CompanySettings settings) {
		this.settings = settings;
	}

	/**
	 * The settings of a version: {@code firstTouchHours} of working time, the office's {@code workingDays}
	 * from {@code dayStarts} to {@code dayEnds}, the supply rates per shift hour, when reminders are made.
	 */
	record SettingsBody(Integer version, BigDecimal firstTouchHours, Set<DayOfWeek> workingDays, LocalTime dayStarts,
			LocalTime dayEnds, BigDecimal leadsPerCallerHour, BigDecimal closerLeadsPerHour, LocalTime remindersAt,
			Instant changedAt, String changedBy) {

		static SettingsBody of(CompanySettings.Version v) {
			var s = v.settings();
			return new SettingsBody(v.number(), s.firstTouchHours(), s.workingDays(), s.dayStarts(), s.dayEnds(), BigDecimal.valueOf(s.leadsPerCallerHour()),
					BigDecimal.valueOf(s.closerLeadsPerHour()), s.remindersAt(), v.changedAt(), v.changedBy());
		}

		CompanySettings.Settings settings() {
			if (firstTouchHours == null || leadsPerCallerHour == null || closerLeadsPerHour == null) {
				throw DomainException.invalid("settings.incomplete",
						"firstTouchHours, leadsPerCallerHour and closerLeadsPerHour are required");
			}
			return new CompanySettings.Settings(CompanySettings.Settings.hours(firstTouchHours), workingDays == null ? Set.of() : workingDays, dayStarts, dayEnds, leadsPerCallerHour.doubleValue(),
					closerLeadsPerHour.doubleValue(), remindersAt);
		}

	}

	@GetMapping
	@Operation(summary = "The settings in force, with the version a change is made against")
	SettingsBody current() {
		return SettingsBody.of(settings.version());
	}

	@GetMapping("/history")
	@Operation(summary = "Every version, the newest first; version 0 is the server's configuration")
	List<SettingsBody> history() {
		return settings.history().stream().map(SettingsBody::of).toList();
	}

	@PutMapping
	@Operation(summary = "Puts new settings in force",
			description = "version: the one the change was made on; 409 settings.changed-meanwhile if another came since. "
					+ "Every field is required; what is unchanged makes no new version.")
	SettingsBody change(Actor actor, @RequestBody SettingsBody body) {
		return SettingsBody.of(settings.change(actor, body.version() == null ? -1 : body.version(), body.settings()));
	}

	@GetMapping("/holidays")
	@Operation(summary = "The company's days off of a year")
	List<CompanySettings.Holiday> holidays(@RequestParam int year) {
		return settings.holidays(year);
	}

	@PostMapping("/holidays")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Adds a day off, or renames it")
	CompanySettings.Holiday addHoliday(Actor actor, @RequestBody CompanySettings.Holiday holiday) {
		settings.addHoliday(actor, holiday);
		return holiday;
	}

	@DeleteMapping("/holidays/{day}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "The company works on the day after all", description = "day: yyyy-MM-dd")
	void removeHoliday(Actor actor, @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		settings.removeHoliday(actor, day);
	}

	@PostMapping("/holidays/public")
	@Operation(summary = "Adds Ukraine's public holidays of a year that are not there yet; answers the year's days off")
	List<CompanySettings.Holiday> addPublicHolidays(Actor actor, @RequestParam int year) {
		settings.addPublicHolidays(actor, year);
		return settings.holidays(year);
	}

}
