package ua.relay.salesorg;

import java.util.Objects;

/** An employee to hire: a tier for a salesperson, or none for the head of sales. */
public record NewEmployee(String fullName, Tier tier, boolean headOfSales, String email) {

	public NewEmployee {
		Objects.requireNonNull(fullName, "fullName");
		if (tier == null && !headOfSales) {
			throw new IllegalArgumentException("A salesperson needs a tier");
		}
	}

}
