package ua.relay.salesorg;

public record EmployeeView(EmployeeId id, String fullName, Tier tier, String team, boolean headOfSales,
		boolean active, String email) {
}
