package ua.relay.platform;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code relay.settings.*}: the company's settings until the head or the administrator first changes them
 * in the application ({@link CompanySettings}).
 */
@ConfigurationProperties("relay.settings")
record SettingsDefaults(@DefaultValue("4h") Duration firstTouch,
		@DefaultValue({ "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" }) Set<DayOfWeek> workingDays,
		@DefaultValue("09:00") LocalTime dayStarts, @DefaultValue("18:00") LocalTime dayEnds,
		@DefaultValue("1.5") double leadsPerCallerHour, @DefaultValue("0.75") double closerLeadsPerHour,
		@DefaultValue("07:00") LocalTime remindersAt) {

	CompanySettings.Settings settings() {
		return new CompanySettings.Settings(firstTouch, workingDays, dayStarts, dayEnds, leadsPerCallerHour,
				closerLeadsPerHour, remindersAt);
	}

}
