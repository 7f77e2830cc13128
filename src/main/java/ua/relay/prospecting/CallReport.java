package ua.relay.prospecting;

import java.time.Instant;
import java.util.Objects;

import ua.relay.platform.DomainException;

/**
 * What the caller reports of one call: the outcome, a note (the reason of a refusal, what was learned,
 * or the question they could not answer), and for a callback the time asked for.
 */
public record CallReport(CallOutcome outcome, String note, Instant callbackAt) {

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
		if (outcome != CallOutcome.CALLBACK) {
			callbackAt = null;
		}
	}

	public static CallReport of(CallOutcome outcome, String note) {
		return new CallReport(outcome, note, null);
	}

}
