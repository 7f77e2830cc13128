package ua.relay.salesorg;

import java.time.Instant;

/** A team of one tier: its active members counted; {@code closedAt} set once it is closed. */
public record Team(TeamId id, String name, Tier tier, int members, Instant closedAt) {

	public boolean open() {
		return closedAt == null;
	}

}
