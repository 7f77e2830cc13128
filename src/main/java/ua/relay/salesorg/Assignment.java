package ua.relay.salesorg;

import java.util.Objects;

/**
 * Who was made responsible, and why: a message code with its arguments ({@code reason.x|arg|arg}),
 * shown in the reader's language.
 */
public record Assignment(EmployeeId employee, String reason) {

	public Assignment {
		Objects.requireNonNull(employee, "employee");
		Objects.requireNonNull(reason, "reason");
	}

}
