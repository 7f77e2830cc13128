package ua.relay.prospecting;

import java.time.Instant;
import java.util.Objects;

import ua.relay.salesorg.EmployeeId;

/** The free slot a caller chose for a meeting: whose, and when it starts. */
public record MeetingSlot(EmployeeId with, Instant start) {

	public MeetingSlot {
		Objects.requireNonNull(with, "with");
		Objects.requireNonNull(start, "start");
	}

	/** The desk's form value {@code employee|epoch-second}, as the desk's slot list writes it. */
	public static MeetingSlot parse(String value) {
		String[] parts = value.split("\\|");
		return new MeetingSlot(new EmployeeId(java.util.UUID.fromString(parts[0])),
				Instant.ofEpochSecond(Long.parseLong(parts[1])));
	}

}
