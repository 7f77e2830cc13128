package ua.relay.prospecting.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import ua.relay.party.CompanyId;
import ua.relay.prospecting.CallOutcome;
import ua.relay.prospecting.CallReport;
import ua.relay.prospecting.LeadHandedOver;
import ua.relay.prospecting.ProspectId;
import ua.relay.prospecting.QualificationAnswer;
import ua.relay.salesorg.EmployeeId;

/**
 * A company that tier 1 may call. A caller acts on it only while holding it: the call queue gives it
 * to one caller at a time, with a lease that lapses if the caller vanishes. Every outcome releases it:
 * back to the queue (a retry, a callback) or out of tier 1 for good.
 */
public final class Prospect {

	private final ProspectId id;

	private final CompanyId companyId;

	private ProspectStatus status;

	private final int priority;

	private EmployeeId holder;

	private Instant leaseUntil;

	private int attempts;

	private Instant lastCalledAt;

	private Instant dueAt;

	private EmployeeId callbackOwner;

	private String returnedReason;

	private final int version;

	public Prospect(ProspectId id, CompanyId companyId, ProspectStatus status, int priority, EmployeeId holder,
			Instant leaseUntil, int attempts, Instant lastCalledAt, Instant dueAt, EmployeeId callbackOwner,
			String returnedReason, int version) {
		this.id = Objects.requireNonNull(id);
		this.companyId = Objects.requireNonNull(companyId);
		this.status = Objects.requireNonNull(status);
		this.priority = priority;
		this.holder = holder;
		this.leaseUntil = leaseUntil;
		this.attempts = attempts;
		this.lastCalledAt = lastCalledAt;
		this.dueAt = dueAt;
		this.callbackOwner = callbackOwner;
		this.returnedReason = returnedReason;
		this.version = version;
	}

	public static Prospect enqueue(CompanyId company, int priority) {
		return new Prospect(ProspectId.random(), company, ProspectStatus.QUEUED, priority, null, null, 0, null, null,
				null, null, 0);
	}

	/**
	 * Records the call the holder made. Returns the hand-over when the prospect leaves for tier 2
	 * (interested, or escalated with the question the caller could not answer).
	 */
	public Optional<LeadHandedOver> record(EmployeeId caller, CallReport report, List<QualificationAnswer> answers,
			RetryPolicy retries, Instant now) {
		if (!isHeldBy(caller)) {
			throw ProspectException.notHeld(id);
		}
		var outcome = report.outcome();
		var target = switch (outcome) {
			case NO_ANSWER, BUSY -> attempts + 1 >= retries.maxAttempts() ? ProspectStatus.EXHAUSTED : ProspectStatus.RETRY;
			case WRONG_NUMBER -> ProspectStatus.WRONG_NUMBER;
			case NOT_INTERESTED -> ProspectStatus.NOT_INTERESTED;
			case CALLBACK -> ProspectStatus.CALLBACK;
			case DO_NOT_CALL -> ProspectStatus.DO_NOT_CALL;
			case INTERESTED, ESCALATE, MEETING_BOOKED -> ProspectStatus.HANDED_OVER;
		};
		if (!status.canBecome(target)) {
			throw ProspectException.cannotBecome(id, status, target);
		}
		if (outcome == CallOutcome.CALLBACK && !report.callbackAt().isAfter(now)) {
			throw ProspectException.callbackInThePast(id);
		}
		status = target;
		attempts++;
		lastCalledAt = now;
		dueAt = switch (target) {
			case RETRY -> now.plus(outcome == CallOutcome.BUSY ? retries.busyDelay() : retries.noAnswerDelay());
			case CALLBACK -> report.callbackAt();
			default -> null;
		};
		callbackOwner = outcome == CallOutcome.CALLBACK ? caller : null;
		holder = null;
		leaseUntil = null;
		returnedReason = null;
		if (!outcome.handsOver()) {
			return Optional.empty();
		}
		return Optional.of(new LeadHandedOver(UUID.randomUUID(), id, companyId, caller, report.note(),
				outcome == CallOutcome.ESCALATE, answers, null, now));
	}

	/**
	 * Tier 2 turned the lead down: the prospect returns to the caller who handed it over, due at once
	 * and with the closer's reason on the card, unless it is disqualified and leaves the queue for good.
	 */
	public void returnFromTierTwo(EmployeeId caller, String reason, boolean disqualified, Instant now) {
		var target = disqualified ? ProspectStatus.DISQUALIFIED : ProspectStatus.CALLBACK;
		if (!status.canBecome(target)) {
			throw ProspectException.cannotBecome(id, status, target);
		}
		status = target;
		returnedReason = reason;
		dueAt = disqualified ? null : now;
		callbackOwner = disqualified ? null : caller;
		holder = null;
		leaseUntil = null;
	}

	/**
	 * Tier 2 lost the deal: the company is due again in tier 1's queue at {@code recontactAt}, for any
	 * caller, with the reason it was lost on the card.
	 */
	public void returnAfterLostDeal(String reason, Instant recontactAt) {
		if (!status.canBecome(ProspectStatus.RETRY)) {
			throw ProspectException.cannotBecome(id, status, ProspectStatus.RETRY);
		}
		status = ProspectStatus.RETRY;
		returnedReason = reason;
		dueAt = recontactAt;
		callbackOwner = null;
		holder = null;
		leaseUntil = null;
	}

	/** Why tier 2 sent the prospect back, if it did. */
	public String returnedReason() {
		return returnedReason;
	}

	/** The prospect's numbers are on the do-not-call list: it leaves the queue without a call. */
	public void barFromCalls() {
		if (!status.canBecome(ProspectStatus.DO_NOT_CALL)) {
			throw ProspectException.cannotBecome(id, status, ProspectStatus.DO_NOT_CALL);
		}
		status = ProspectStatus.DO_NOT_CALL;
		holder = null;
		leaseUntil = null;
		dueAt = null;
		callbackOwner = null;
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

	public Instant dueAt() {
		return dueAt;
	}

	public EmployeeId callbackOwner() {
		return callbackOwner;
	}

	public int version() {
		return version;
	}

}
