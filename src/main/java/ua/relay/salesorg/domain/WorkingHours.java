package ua.relay.salesorg.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** When an employee can be booked: these days of the week, from {@code opens} to {@code closes}, local time. */
public record WorkingHours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes, ZoneId zone) {

	public WorkingHours {
		days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
		Objects.requireNonNull(opens, "opens");
		Objects.requireNonNull(closes, "closes");
		Objects.requireNonNull(zone, "zone");
		if (!opens.isBefore(closes)) {
			throw new IllegalArgumentException("A working day opens before it closes");
		}
	}

	public static WorkingHours officeHours(ZoneId zone) {
		return new WorkingHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(18, 0),
				zone);
	}

}
