package ua.relay.prospecting;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.party.CompanyDirectory;
import ua.relay.platform.Actor;
import ua.relay.prospecting.domain.DoNotCallRegistry;
import ua.relay.prospecting.domain.Prospect;
import ua.relay.prospecting.domain.ProspectException;
import ua.relay.prospecting.domain.ProspectRepository;
import ua.relay.salesorg.Calendars;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Organisation;
import ua.relay.salesorg.OrganisationMode;
import ua.relay.salesorg.Slot;
import ua.relay.salesorg.Tier;
import ua.relay.salesorg.Responsibilities;

/**
 * The caller's desk: one prospect at a time, and what came of the call. A hand-over is recorded and
 * published as {@link LeadHandedOver} in one transaction, so tier 2 receives it even if the process
 * dies right after.
 */
@Service
public class CallQueue {

	private static final Logger log = LoggerFactory.getLogger(CallQueue.class);

	/** How many barred prospects one "next" may pass over before it gives up for this time. */
	private static final int MAX_BARRED_IN_A_ROW = 50;

	private final ProspectRepository prospects;

	private final DoNotCallRegistry doNotCall;

	private final CompanyDirectory companies;

	private final Responsibilities responsibilities;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ProspectingProperties settings;

	private final HandOverCredits credits;

	private final CallScripts scripts;

	private final Calendars calendars;

	private final Organisation organisation;

	private final Campaigns campaigns;

	private final Counter handOuts;

	private final Counter handOvers;

	CallQueue(ProspectRepository prospects, DoNotCallRegistry doNotCall, CompanyDirectory companies,
			Responsibilities responsibilities, ApplicationEventPublisher events, Clock clock,
			ProspectingProperties settings, HandOverCredits credits, CallScripts scripts, Calendars calendars,
			Organisation organisation, Campaigns campaigns, MeterRegistry metrics) {
		this.handOuts = Counter.builder("relay.handouts").description("Prospects handed out to callers").register(metrics);
		this.handOvers = Counter.builder("relay.handovers").description("Leads handed over to tier 2 (or kept in the classic model)")
			.register(metrics);
		this.prospects = prospects;
		this.doNotCall = doNotCall;
		this.companies = companies;
		this.responsibilities = responsibilities;
		this.events = events;
		this.clock = clock;
		this.settings = settings;
		this.credits = credits;
		this.scripts = scripts;
		this.calendars = calendars;
		this.organisation = organisation;
		this.campaigns = campaigns;
	}

	/**
	 * The prospect the caller holds, or the next one claimed for them; empty when none is due. A
	 * prospect whose company or number is on the do-not-call list by now is taken out, not handed out.
	 * Two requests of one caller at once (two tabs, a double click) take turns: the second gets the
	 * prospect the first claimed.
	 */
	@Transactional
	public Optional<ProspectCard> next(Actor actor) {
		var caller = new EmployeeId(actor.requireEmployee());
		prospects.takeTurn(caller);
		var now = clock.instant();
		var held = prospects.findHeldBy(caller, now);
		if (held.isPresent()) {
			return held.map(this::card);
		}
		var scope = campaigns.scopeFor(caller);
		for (int passed = 0; passed < MAX_BARRED_IN_A_ROW; passed++) {
			var claimed = prospects.claimNext(caller, now, settings.lease(), settings.teamCallbackGrace(), scope,
					campaigns.coolDownCutoff());
			if (claimed.isEmpty()) {
				return Optional.empty();
			}
			var prospect = claimed.get();
			var card = card(prospect);
			var barred = doNotCall.barredBecause(prospect.companyId(), card.company().phones());
			if (barred.isEmpty()) {
				handOuts.increment();
				return Optional.of(card);
			}
			log.info("Prospect {} not handed out: do not call ({})", prospect.id(), barred.get());
			prospect.barFromCalls();
			prospects.update(prospect);
		}
		return Optional.empty();
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

	/** Records the call; hands the prospect over, or puts it on the do-not-call list, where it says so. */
	@Transactional
	public void record(ProspectId id, CallReport report, Actor actor) {
		var caller = new EmployeeId(actor.requireEmployee());
		var prospect = prospects.findById(id).orElseThrow(() -> ProspectException.notFound(id));
		var now = clock.instant();
		var answers = report.outcome().handsOver() ? scripts.answers(id) : List.<QualificationAnswer>of();
		var handedOver = prospect.record(caller, report, answers, settings.retryPolicy(), now);
		prospects.update(prospect);
		prospects.recordCall(id, caller, report.outcome().name(), report.note(), now);
		if (report.outcome() == CallOutcome.DO_NOT_CALL) {
			doNotCall.barCompany(prospect.companyId(), companies.getCard(prospect.companyId()).phones(),
					report.note() == null ? "asked not to be called" : report.note(), caller, now);
		}
		handedOver.map(event -> report.meeting() == null ? event : event.withMeeting(book(report.meeting(), prospect)))
			.ifPresent(event -> {
				responsibilities.recordLeadGeneration(prospect.companyId(), caller);
				credits.handedOver(event);
				events.publishEvent(event);
				handOvers.increment();
			});
	}

	/** Free slots for a meeting: the closers' (in the classic model, the caller's own, who keeps the client). */
	public List<Slot> meetingSlots(Actor actor) {
		var length = settings.meetingLength();
		if (organisation.mode() == OrganisationMode.CLASSIC) {
			return calendars.freeSlots(List.of(new EmployeeId(actor.requireEmployee())), 7, length, 30);
		}
		return calendars.freeSlotsOf(Tier.LC, 7, length, 30);
	}

	private Meeting book(MeetingSlot slot, Prospect prospect) {
		var company = companies.getCard(prospect.companyId());
		var length = settings.meetingLength();
		var entry = calendars.book(slot.with(), slot.start(), length, "Зустріч: " + company.displayName(),
				prospect.companyId());
		return new Meeting(slot.with(), slot.start(), slot.start().plus(length), entry);
	}

	private ProspectCard card(Prospect prospect) {
		return new ProspectCard(prospect.id(), companies.getCard(prospect.companyId()), prospect.attempts(),
				prospect.leaseUntil(), prospect.returnedReason());
	}

}
