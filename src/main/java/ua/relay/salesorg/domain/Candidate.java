package ua.relay.salesorg.domain;

import java.time.Instant;

import ua.relay.salesorg.EmployeeId;

/**
 * A specialist who could take a company at a stage: how much they carry now ({@code load}) and can
 * carry ({@code capacity}), whether they are at work today ({@code present}: not on a day off) and on
 * shift right now, and when they were last given one (null: never, as for a new colleague).
 */
public record Candidate(EmployeeId id, String fullName, int load, int capacity, boolean present, boolean onShift,
		Instant lastAssignedAt) {

	/** A specialist at work with the standard capacity, for rules that look at the load alone. */
	public Candidate(EmployeeId id, String fullName, int load) {
		this(id, fullName, load, 20, true, true, null);
	}

	public Candidate withLoad(int currentLoad) {
		return new Candidate(id, fullName, currentLoad, capacity, present, onShift, lastAssignedAt);
	}

}
