package ua.relay.salesorg;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ua.relay.platform.Actor;
import ua.relay.platform.AuditTrail;
import ua.relay.platform.DomainException;
import ua.relay.salesorg.jdbc.OrganisationStore;

/** How the department is organised right now: classic or three tiers. */
@Service
public class Organisation {

	private final OrganisationStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AuditTrail audit;

	Organisation(OrganisationStore store, ApplicationEventPublisher events, Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/** Read at most every few seconds: every request to a desk asks (see {@link DeskAccess}), and it rarely changes. */
	public OrganisationMode mode() {
		var now = clock.instant();
		var known = recent;
		if (known != null && known.readAt().plus(FRESH).isAfter(now) && !known.readAt().isAfter(now)) {
			return known.mode();
		}
		var mode = store.mode();
		recent = new Reading(mode, now);
		return mode;
	}

	private record Reading(OrganisationMode mode, java.time.Instant readAt) {
	}

	private static final java.time.Duration FRESH = java.time.Duration.ofSeconds(5);

	private volatile Reading recent;

	/** Which model the department worked in over time: each switch with the mode it switched to. */
	public ModeHistory history() {
		return new ModeHistory(store.history());
	}

	/** Only the head of sales reorganises; companies already assigned keep their people. */
	@Transactional
	public void switchTo(OrganisationMode mode, Actor actor) {
		if (!actor.seesEverything()) {
			throw DomainException.forbidden("organisation.head-only", "Only the head of sales changes the organisation");
		}
		var from = store.mode();
		if (from != mode) {
			store.change(mode, clock.instant());
			events.publishEvent(new OrganisationModeSwitched(from, mode, clock.instant()));
			audit.record(actor, "organisation-mode", mode.name(), from.name() + " → " + mode.name());
		}
		recent = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// a reader between now and the commit may have kept the old mode: forget it once committed
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					recent = null;
				}
			});
		}
	}

}
