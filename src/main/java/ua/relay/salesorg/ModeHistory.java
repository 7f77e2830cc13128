package ua.relay.salesorg;

import java.time.Instant;
import java.util.NavigableMap;
import java.util.TreeMap;

/** The organisation model over time: which one was in force at any instant. */
public record ModeHistory(NavigableMap<Instant, OrganisationMode> switches) {

	public ModeHistory {
		switches = new TreeMap<>(switches);
	}

	/** The model in force at {@code at}; before the first recorded switch, the first one's. */
	public OrganisationMode at(Instant at) {
		var entry = switches.floorEntry(at);
		if (entry != null) {
			return entry.getValue();
		}
		return switches.isEmpty() ? OrganisationMode.THREE_TIER : switches.firstEntry().getValue();
	}

}
