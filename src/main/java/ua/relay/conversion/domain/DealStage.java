package ua.relay.conversion.domain;

import java.util.EnumSet;
import java.util.Set;

/** The default pipeline to the first sale, with its transitions spelled out. */
public enum DealStage {

	WARM_UP, NEEDS_ANALYSIS, PROPOSAL, NEGOTIATION, WON, LOST;

	public Set<DealStage> next() {
		return switch (this) {
			case WARM_UP -> EnumSet.of(NEEDS_ANALYSIS, PROPOSAL, WON, LOST);
			case NEEDS_ANALYSIS -> EnumSet.of(PROPOSAL, WON, LOST);
			case PROPOSAL -> EnumSet.of(NEGOTIATION, WON, LOST);
			case NEGOTIATION -> EnumSet.of(PROPOSAL, WON, LOST);
			case WON, LOST -> EnumSet.noneOf(DealStage.class);
		};
	}

	public boolean isOpen() {
		return this != WON && this != LOST;
	}

}
