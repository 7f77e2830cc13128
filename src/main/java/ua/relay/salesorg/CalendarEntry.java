package ua.relay.salesorg;

import java.time.Instant;
import java.util.UUID;

/** Something booked in an employee's calendar. */
public record CalendarEntry(UUID id, EmployeeId employee, Instant start, Instant end, String title, UUID companyId) {
}
