package ua.relay.prospecting;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import ua.relay.salesorg.EmployeeId;

/** A meeting a caller booked for the prospect: with whom, when, and its entry in that person's calendar. */
public record Meeting(EmployeeId with, Instant start, Instant end, UUID calendarEntry) {

	public Meeting {
		Objects.requireNonNull(with, "with");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
	}

}
