package ua.relay.salesorg;

/**
 * An employee as pages and other modules see them; {@code capacity}: open leads and deals (or clients)
 * they can carry; {@code serves}: whom they serve best; {@code extension}: their line on the PBX, if any.
 */
public record EmployeeView(EmployeeId id, String fullName, Tier tier, String team, boolean headOfSales,
		boolean active, String email, int capacity, Specialisation serves, String extension) implements java.io.Serializable {
}
