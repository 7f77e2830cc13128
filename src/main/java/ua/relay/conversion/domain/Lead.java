package ua.relay.conversion.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import ua.relay.conversion.DealId;
import ua.relay.conversion.LeadId;
import ua.relay.conversion.LeadRejected;
import ua.relay.party.CompanyId;
import ua.relay.prospecting.LeadHandedOver;
import ua.relay.prospecting.Meeting;
import ua.relay.prospecting.ProspectId;
import ua.relay.prospecting.QualificationAnswer;
import ua.relay.salesorg.Assignment;
import ua.relay.salesorg.EmployeeId;

/** A warm lead in a closer's inbox, as tier 1 handed it over. */
public final class Lead {

	private final LeadId id;

	private final ProspectId prospectId;

	private final CompanyId companyId;

	private final EmployeeId handedOverBy;

	private final Instant handedOverAt;

	private final String callerNote;

	private boolean urgent;

	private final List<QualificationAnswer> answers;

	private final Meeting meeting;

	private EmployeeId closer;

	private String assignedReason;

	private String rejectionReason;

	private Instant firstTouchDue;

	private Instant firstTouchedAt;

	private Instant escalatedAt;

	private LeadStatus status;

	private final Instant receivedAt;

	private Instant decidedAt;

	private final int version;

	public Lead(LeadId id, ProspectId prospectId, CompanyId companyId, EmployeeId handedOverBy, Instant handedOverAt,
			String callerNote, boolean urgent, List<QualificationAnswer> answers, Meeting meeting, EmployeeId closer, String assignedReason, LeadStatus status,
			Instant receivedAt, Instant decidedAt, String rejectionReason, Instant firstTouchDue, Instant firstTouchedAt,
			Instant escalatedAt, int version) {
		this.id = Objects.requireNonNull(id);
		this.prospectId = prospectId;
		this.companyId = Objects.requireNonNull(companyId);
		this.handedOverBy = handedOverBy;
		this.handedOverAt = handedOverAt;
		this.callerNote = callerNote;
		this.urgent = urgent;
		this.answers = answers == null ? List.of() : List.copyOf(answers);
		this.meeting = meeting;
		this.closer = Objects.requireNonNull(closer);
		this.assignedReason = assignedReason;
		this.status = Objects.requireNonNull(status);
		this.receivedAt = receivedAt;
		this.decidedAt = decidedAt;
		this.rejectionReason = rejectionReason;
		this.firstTouchDue = firstTouchDue;
		this.firstTouchedAt = firstTouchedAt;
		this.escalatedAt = escalatedAt;
		this.version = version;
	}

	/**
	 * The lead a hand-over creates; it keeps the hand-over's id, so a redelivery finds it again.
	 * {@code firstTouchDue}: when its closer must have touched it (accepted or rejected it) at the latest.
	 */
	public static Lead receive(LeadHandedOver handOver, Assignment closer, Instant now, Instant firstTouchDue) {
		return new Lead(new LeadId(handOver.handOverId()), handOver.prospectId(), handOver.companyId(),
				handOver.caller(), handOver.handedOverAt(), handOver.note(), handOver.urgent(), handOver.answers(),
				handOver.meeting(), closer.employee(),
				closer.reason(),
				LeadStatus.NEW, now, null, null, firstTouchDue, null, null, 0);
	}

	/** A lead that did not come from tier 1 (an inbound caller, a web form): no prospect, no caller. */
	public static Lead receiveInbound(LeadId id, CompanyId company, String note, Instant arrivedAt, Assignment closer,
			Instant now, Instant firstTouchDue) {
		return new Lead(id, null, company, null, arrivedAt, note, false, List.of(), null, closer.employee(), closer.reason(),
				LeadStatus.NEW, now, null, null, firstTouchDue, null, null, 0);
	}

	/** The closer takes the lead on: it becomes a deal at the start of the pipeline. */
	public Deal accept(EmployeeId by, Stage first, Instant now) {
		requireCloser(by);
		if (status != LeadStatus.NEW) {
			throw ConversionException.transition("lead", id, status, LeadStatus.ACCEPTED);
		}
		status = LeadStatus.ACCEPTED;
		decidedAt = now;
		touch(now);
		return Deal.open(DealId.random(), id, companyId, closer, first, now);
	}

	/**
	 * The closer turns the lead down, saying why: it goes back to tier 1 with the reason (or, if it is
	 * no prospect at all, is disqualified), and the caller is not credited with it.
	 */
	public LeadRejected reject(EmployeeId by, String reason, boolean disqualify, Instant now) {
		requireCloser(by);
		if (status != LeadStatus.NEW) {
			throw ConversionException.transition("lead", id, status, LeadStatus.REJECTED);
		}
		if (reason == null || reason.isBlank()) {
			throw ConversionException.invalid("lead.rejection-reason", "A rejected lead needs the reason");
		}
		status = LeadStatus.REJECTED;
		decidedAt = now;
		touch(now);
		rejectionReason = reason.strip();
		return new LeadRejected(id, prospectId, companyId, handedOverBy, closer, rejectionReason, disqualify, now);
	}

	/** The head gives a lead that is still waiting to another closer, who is due to touch it by {@code due}. */
	public void reassign(EmployeeId to, String reason, Instant due) {
		if (status != LeadStatus.NEW) {
			throw ConversionException.transition("lead", id, status, LeadStatus.NEW);
		}
		closer = Objects.requireNonNull(to);
		assignedReason = reason;
		firstTouchDue = due;
	}

	/** The head escalates a lead left waiting: it goes to the top of its closer's inbox, marked. */
	public void escalate(Instant now) {
		if (status != LeadStatus.NEW) {
			throw ConversionException.transition("lead", id, status, "escalated");
		}
		urgent = true;
		escalatedAt = now;
	}

	/** The first touch of tier 2's promise: kept once, the first time. */
	private void touch(Instant now) {
		if (firstTouchedAt == null) {
			firstTouchedAt = now;
		}
	}

	/** Whether the closer missed the time to first touch the lead (still waiting past it, or touched late). */
	public boolean firstTouchLate(Instant now) {
		if (firstTouchDue == null) {
			return false;
		}
		return firstTouchedAt == null ? now.isAfter(firstTouchDue) : firstTouchedAt.isAfter(firstTouchDue);
	}

	public Instant firstTouchDue() {
		return firstTouchDue;
	}

	public Instant firstTouchedAt() {
		return firstTouchedAt;
	}

	public Instant escalatedAt() {
		return escalatedAt;
	}

	public String rejectionReason() {
		return rejectionReason;
	}

	private void requireCloser(EmployeeId by) {
		if (!closer.equals(by)) {
			throw ConversionException.notYours("lead", id);
		}
	}

	public LeadId id() {
		return id;
	}

	public ProspectId prospectId() {
		return prospectId;
	}

	public CompanyId companyId() {
		return companyId;
	}

	public EmployeeId handedOverBy() {
		return handedOverBy;
	}

	public Instant handedOverAt() {
		return handedOverAt;
	}

	public String callerNote() {
		return callerNote;
	}

	/** An escalation: the caller could not answer the prospect's question, which is the note. */
	public boolean urgent() {
		return urgent;
	}

	/** What the prospect answered along tier 1's script. */
	public List<QualificationAnswer> answers() {
		return answers;
	}

	/** The meeting tier 1 booked with the closer, or null. */
	public Meeting meeting() {
		return meeting;
	}

	public EmployeeId closer() {
		return closer;
	}

	public String assignedReason() {
		return assignedReason;
	}

	public LeadStatus status() {
		return status;
	}

	public Instant receivedAt() {
		return receivedAt;
	}

	public Instant decidedAt() {
		return decidedAt;
	}

	public int version() {
		return version;
	}

}
