package ua.relay.prospecting;

import java.time.Instant;
import java.util.Objects;

import ua.relay.platform.DomainException;

/**
 * What the caller reports of one call: the outcome, a note (the reason of a refusal, what was learned,
 * or the question they could not answer), for a callback the time asked for, for a meeting the slot.
 */
public record CallReport(CallOutcome outcome, String note, Instant callbackAt, MeetingSlot meeting) {

	public CallReport {
		Objects.requireNonNull(outcome, "outcome");
		note = note == null || note.isBlank() ? null : note.strip();
		if (outcome == CallOutcome.CALLBACK && callbackAt == null) {
			throw DomainException.invalid("call.callback-time", "A callback needs the time the prospect asked for");
		}
		if (outcome == CallOutcome.ESCALATE && note == null) {
			throw DomainException.invalid("call.question",
					"An escalation needs the question the caller could not answer");
		}
		if (outcome == CallOutcome.MEETING_BOOKED && meeting == null) {
			throw DomainException.invalid("call.meeting-slot", "A meeting needs one of the free slots");
		}
		if (outcome != CallOutcome.CALLBACK) {
			callbackAt = null;
		}
		if (outcome != CallOutcome.MEETING_BOOKED) {
			meeting = null;
		}
	}

	public CallReport(CallOutcome outcome, String note, Instant callbackAt) {
		this(outcome, note, callbackAt, null);
	}

	public static CallReport of(CallOutcome outcome, String note) {
		return new CallReport(outcome, note, null, null);
	}

	public static CallReport meeting(MeetingSlot slot, String note) {
		return new CallReport(CallOutcome.MEETING_BOOKED, note, null, slot);
	}

}
