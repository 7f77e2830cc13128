package ua.relay.salesorg;

import java.time.Instant;

/**
 * An employee left: {@code login} closed (none if they had none), {@code by} whom, and how many pieces
 * of work ({@code handedOver}) went to others in the same step.
 */
public record EmployeeLeft(EmployeeId employee, String fullName, String login, String by, int handedOver, Instant at) {
}
