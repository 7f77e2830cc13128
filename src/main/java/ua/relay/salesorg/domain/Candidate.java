package ua.relay.salesorg.domain;

import java.time.Instant;

import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Specialisation;

/**
 * A specialist who could take a company at a stage: how much they carry now ({@code load}) and can
 * carry ({@code capacity}), whether they are at work today ({@code present}: not on a day off) and on
 * shift right now, when they were last given one (null: never, as for a new colleague), and whom they
 * serve best.
 */
public record Candidate(EmployeeId id, String fullName, int load, int capacity, boolean present, boolean onShift,
		Instant lastAssignedAt, Specialisation serves) {

	public Candidate {
		serves = serves == null ? Specialisation.ANY : serves;
	}

	public Candidate(EmployeeId id, String fullName, int load, int capacity, boolean present, boolean onShift,
			Instant lastAssignedAt) {
		this(id, fullName, load, capacity, present, onShift, lastAssignedAt, Specialisation.ANY);
	}

	/** A specialist at work with the standard capacity, for rules that look at the load alone. */
	public Candidate(EmployeeId id, String fullName, int load) {
		this(id, fullName, load, 20, true, true, null, Specialisation.ANY);
	}

	public Candidate withLoad(int currentLoad) {
		return new Candidate(id, fullName, currentLoad, capacity, present, onShift, lastAssignedAt, serves);
	}

}
