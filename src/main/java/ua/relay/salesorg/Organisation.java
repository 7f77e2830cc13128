package ua.relay.salesorg;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.platform.Actor;
import ua.relay.platform.DomainException;
import ua.relay.salesorg.jdbc.OrganisationStore;

/** How the department is organised right now: classic or three tiers. */
@Service
public class Organisation {

	private final OrganisationStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Organisation(OrganisationStore store, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	public OrganisationMode mode() {
		return store.mode();
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
		}
	}

}
