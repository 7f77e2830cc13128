package ua.relay.prospecting.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a prospect stands in tier 1. The first three are in the queue; the rest are closed there. */
public enum ProspectStatus {

	QUEUED, RETRY, CALLBACK, HANDED_OVER, NOT_INTERESTED, WRONG_NUMBER, DO_NOT_CALL, EXHAUSTED;

	private static final Set<ProspectStatus> IN_QUEUE = EnumSet.of(QUEUED, RETRY, CALLBACK);

	public Set<ProspectStatus> next() {
		return isInQueue() ? EnumSet.complementOf(EnumSet.of(QUEUED)) : EnumSet.noneOf(ProspectStatus.class);
	}

	public boolean canBecome(ProspectStatus target) {
		return next().contains(target);
	}

	public boolean isInQueue() {
		return IN_QUEUE.contains(this);
	}

}
