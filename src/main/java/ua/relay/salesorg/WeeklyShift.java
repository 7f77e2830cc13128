package ua.relay.salesorg;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

import ua.relay.platform.DomainException;

/** A shift that recurs every week: a day and the hours, local time. */
public record WeeklyShift(DayOfWeek day, LocalTime from, LocalTime to) {

	public WeeklyShift {
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (!from.isBefore(to)) {
			throw DomainException.invalid("shift.hours", "A shift starts before it ends");
		}
	}

	public double hours() {
		return java.time.Duration.between(from, to).toMinutes() / 60.0;
	}

}
