package ua.relay.salesorg;

import java.time.Instant;

/** A free time in someone's calendar. */
public record Slot(EmployeeId employee, String employeeName, Instant start, Instant end) {
}
