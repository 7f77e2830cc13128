package ua.relay.conversion;

import java.time.Instant;
import java.util.UUID;

/**
 * Something the closer has to do on a deal by {@code dueAt}; {@code overdue} when that has passed undone.
 * {@code meeting}: the meeting tier 1 booked (its title is said in the reader's language, from the company).
 */
public record TaskView(UUID id, DealId dealId, String company, String title, Instant dueAt, Instant doneAt,
		boolean overdue, boolean meeting) {

	public boolean done() {
		return doneAt != null;
	}

}
