package ua.relay.prospecting.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import ua.relay.party.CompanyId;
import ua.relay.prospecting.LeadHandedOver;
import ua.relay.prospecting.ProspectId;
import ua.relay.salesorg.EmployeeId;

/**
 * A company that tier 1 may call. A caller acts on it only while holding it: the call queue gives it
 * to one caller at a time, with a lease that lapses if the caller vanishes.
 */
public final class Prospect {

	private final ProspectId id;

	private final CompanyId companyId;

	private ProspectStatus status;

	private final int priority;

	private final EmployeeId holder;

	private final Instant leaseUntil;

	private int attempts;

	private Instant lastCalledAt;

	private final int version;

	public Prospect(ProspectId id, CompanyId companyId, ProspectStatus status, int priority, EmployeeId holder,
			Instant leaseUntil, int attempts, Instant lastCalledAt, int version) {
		this.id = Objects.requireNonNull(id);
		this.companyId = Objects.requireNonNull(companyId);
		this.status = Objects.requireNonNull(status);
		this.priority = priority;
		this.holder = holder;
		this.leaseUntil = leaseUntil;
		this.attempts = attempts;
		this.lastCalledAt = lastCalledAt;
		this.version = version;
	}

	public static Prospect enqueue(CompanyId company, int priority) {
		return new Prospect(ProspectId.random(), company, ProspectStatus.QUEUED, priority, null, null, 0, null, 0);
	}

	/** The prospect is interested: it leaves tier 1 for tier 2, with what the caller learned. */
	public LeadHandedOver handOver(EmployeeId caller, String note, Instant now) {
		call(caller, ProspectStatus.HANDED_OVER, now);
		return new LeadHandedOver(UUID.randomUUID(), id, companyId, caller, note, now);
	}

	public void declineInterest(EmployeeId caller, Instant now) {
		call(caller, ProspectStatus.NOT_INTERESTED, now);
	}

	private void call(EmployeeId caller, ProspectStatus outcome, Instant now) {
		if (!isHeldBy(caller)) {
			throw ProspectException.notHeld(id);
		}
		if (!status.canBecome(outcome)) {
			throw ProspectException.cannotBecome(id, status, outcome);
		}
		status = outcome;
		attempts++;
		lastCalledAt = now;
	}

	/**
	 * Held by the caller: the last claim was theirs. A lapsed lease still counts until someone else
	 * claims the prospect, so a caller who overran the lease can still record the call they made.
	 */
	public boolean isHeldBy(EmployeeId caller) {
		return caller.equals(holder);
	}

	public ProspectId id() {
		return id;
	}

	public CompanyId companyId() {
		return companyId;
	}

	public ProspectStatus status() {
		return status;
	}

	public int priority() {
		return priority;
	}

	public EmployeeId holder() {
		return holder;
	}

	public Instant leaseUntil() {
		return leaseUntil;
	}

	public int attempts() {
		return attempts;
	}

	public Instant lastCalledAt() {
		return lastCalledAt;
	}

	public int version() {
		return version;
	}

}
