package ua.relay.prospecting;

import java.util.List;
import java.util.UUID;

/**
 * Which queued prospects a caller may be given beyond their own callbacks: those of the campaigns
 * they call that are within calling hours, or, for a caller in no campaign, those of no campaign.
 */
public record QueueScope(boolean generalPool, List<UUID> campaigns) {

	public QueueScope {
		campaigns = List.copyOf(campaigns);
	}

	public static QueueScope general() {
		return new QueueScope(true, List.of());
	}

	public static QueueScope of(List<UUID> campaigns) {
		return new QueueScope(false, campaigns);
	}

	public boolean isEmpty() {
		return !generalPool && campaigns.isEmpty();
	}

}
