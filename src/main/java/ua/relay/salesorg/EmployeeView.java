package ua.relay.salesorg;

/** An employee as pages and other modules see them; {@code capacity}: open leads and deals they can carry. */
public record EmployeeView(EmployeeId id, String fullName, Tier tier, String team, boolean headOfSales,
		boolean active, String email, int capacity) {
}
