package ua.relay.prospecting.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import ua.relay.prospecting.ProspectId;
import ua.relay.prospecting.QueueScope;
import ua.relay.salesorg.EmployeeId;

public interface ProspectRepository {

	void insert(Prospect prospect);

	/** Saves a changed prospect; fails if someone else changed it since it was read. */
	void update(Prospect prospect);

	Optional<Prospect> findById(ProspectId id);

	/**
	 * Waits until no other transaction works on this caller's turn (another tab's or a double click's "next",
	 * on any instance) and holds it until this transaction ends: one caller, one prospect.
	 */
	void takeTurn(EmployeeId caller);

	/** The queued prospect this caller holds under a live lease, if any. */
	Optional<Prospect> findHeldBy(EmployeeId caller, Instant now);

	/**
	 * Claims the next free prospect for the caller until {@code now + lease}: the caller's own due
	 * callbacks, then anybody's callbacks overdue by {@code teamCallbackGrace}, then due retries, then
	 * fresh prospects by priority, those beyond the caller's own callbacks within the caller's scope and
	 * the fresh ones outside the cool-down. Never gives one prospect to two callers, whatever the number of
	 * callers and application instances.
	 */
	Optional<Prospect> claimNext(EmployeeId caller, Instant now, Duration lease, Duration teamCallbackGrace,
			QueueScope scope, Instant coolDownCutoff);

	void recordCall(ProspectId prospect, EmployeeId caller, String outcome, String note, Instant at);

}
