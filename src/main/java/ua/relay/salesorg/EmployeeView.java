package ua.relay.salesorg;

public record EmployeeView(EmployeeId id, String fullName, Tier tier, boolean headOfSales, boolean active) {
}
