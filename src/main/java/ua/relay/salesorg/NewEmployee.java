package ua.relay.salesorg;

import java.util.Objects;

import ua.relay.shared.EmailAddress;

/** An employee to hire: a tier and a team of that tier for a salesperson, neither for the head of sales. */
public record NewEmployee(String fullName, Tier tier, TeamId team, boolean headOfSales, EmailAddress email) {

	public NewEmployee {
		Objects.requireNonNull(fullName, "fullName");
		if (tier == null && !headOfSales) {
			throw new IllegalArgumentException("A salesperson needs a tier");
		}
	}

}
