package ua.relay.prospecting.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a prospect stands in tier 1. The first three are in the queue; the rest are closed there, but
 * for a hand-over that tier 2 turns down (back as a callback, or disqualified) or loses (back as a retry
 * due on the day to contact the company again).
 */
public enum ProspectStatus {

	QUEUED, RETRY, CALLBACK, HANDED_OVER, NOT_INTERESTED, WRONG_NUMBER, DO_NOT_CALL, EXHAUSTED, DISQUALIFIED;

	private static final Set<ProspectStatus> IN_QUEUE = EnumSet.of(QUEUED, RETRY, CALLBACK);

	public Set<ProspectStatus> next() {
		if (isInQueue()) {
			return EnumSet.complementOf(EnumSet.of(QUEUED, DISQUALIFIED));
		}
		return this == HANDED_OVER ? EnumSet.of(CALLBACK, RETRY, DISQUALIFIED) : EnumSet.noneOf(ProspectStatus.class);
	}

	public boolean canBecome(ProspectStatus target) {
		return next().contains(target);
	}

	public boolean isInQueue() {
		return IN_QUEUE.contains(this);
	}

}
