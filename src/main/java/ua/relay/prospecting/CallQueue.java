package ua.relay.prospecting;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.party.CompanyDirectory;
import ua.relay.platform.Actor;
import ua.relay.prospecting.domain.Prospect;
import ua.relay.prospecting.domain.ProspectException;
import ua.relay.prospecting.domain.ProspectRepository;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Responsibilities;

/**
 * The caller's desk: one prospect at a time, and what came of the call. A hand-over is recorded and
 * published as {@link LeadHandedOver} in one transaction, so tier 2 receives it even if the process
 * dies right after.
 */
@Service
public class CallQueue {

	private final ProspectRepository prospects;

	private final CompanyDirectory companies;

	private final Responsibilities responsibilities;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration lease;

	CallQueue(ProspectRepository prospects, CompanyDirectory companies, Responsibilities responsibilities,
			ApplicationEventPublisher events, Clock clock, @Value("${relay.prospecting.lease:PT15M}") Duration lease) {
		this.prospects = prospects;
		this.companies = companies;
		this.responsibilities = responsibilities;
		this.events = events;
		this.clock = clock;
		this.lease = lease;
	}

	/** The prospect the caller holds, or the next free one claimed for them; empty when none is left. */
	@Transactional
	public Optional<ProspectCard> next(Actor actor) {
		var caller = new EmployeeId(actor.requireEmployee());
		var now = clock.instant();
		return prospects.findHeldBy(caller, now)
			.or(() -> prospects.claimNext(caller, now, lease))
			.map(this::card);
	}

	/** The prospect the caller holds now, if any; nothing is claimed. */
	public Optional<ProspectCard> current(Actor actor) {
		return actor.employee().flatMap(id -> prospects.findHeldBy(new EmployeeId(id), clock.instant())).map(this::card);
	}

	/** A caller sees a prospect only while holding it. */
	public ProspectCard card(ProspectId id, Actor actor) {
		var prospect = prospects.findById(id).orElseThrow(() -> ProspectException.notFound(id));
		if (!actor.seesEverything() && !prospect.isHeldBy(new EmployeeId(actor.requireEmployee()))) {
			throw ProspectException.notHeld(id);
		}
		return card(prospect);
	}

	@Transactional
	public void record(ProspectId id, CallOutcome outcome, String note, Actor actor) {
		var caller = new EmployeeId(actor.requireEmployee());
		var prospect = prospects.findById(id).orElseThrow(() -> ProspectException.notFound(id));
		var now = clock.instant();
		switch (outcome) {
			case NOT_INTERESTED -> prospect.declineInterest(caller, now);
			case INTERESTED -> {
				var handedOver = prospect.handOver(caller, note, now);
				responsibilities.recordLeadGeneration(prospect.companyId(), caller);
				events.publishEvent(handedOver);
			}
		}
		prospects.update(prospect);
		prospects.recordCall(id, caller, outcome.name(), note, now);
	}

	private ProspectCard card(Prospect prospect) {
		return new ProspectCard(prospect.id(), companies.getCard(prospect.companyId()), prospect.attempts(),
				prospect.leaseUntil());
	}

}
