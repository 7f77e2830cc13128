package ua.relay.prospecting.domain;

import java.util.EnumSet;
import java.util.Set;

public enum ProspectStatus {

	QUEUED, HANDED_OVER, NOT_INTERESTED;

	public Set<ProspectStatus> next() {
		return switch (this) {
			case QUEUED -> EnumSet.of(HANDED_OVER, NOT_INTERESTED);
			case HANDED_OVER, NOT_INTERESTED -> EnumSet.noneOf(ProspectStatus.class);
		};
	}

	public boolean canBecome(ProspectStatus target) {
		return next().contains(target);
	}

}
