package ua.relay.salesorg;

import java.util.Objects;

/** Who was made responsible, and the rule's own words for why. */
public record Assignment(EmployeeId employee, String reason) {

	public Assignment {
		Objects.requireNonNull(employee, "employee");
		Objects.requireNonNull(reason, "reason");
	}

}
