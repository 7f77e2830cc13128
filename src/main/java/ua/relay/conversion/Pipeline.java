package ua.relay.conversion;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.conversion.domain.ConversionException;
import ua.relay.conversion.domain.Deal;
import ua.relay.conversion.domain.DealRepository;
import ua.relay.conversion.domain.LeadRepository;
import ua.relay.conversion.domain.PipelineStages;
import ua.relay.conversion.domain.StageRepository;
import ua.relay.platform.Actor;
import ua.relay.prospecting.HandOverCredits;
import ua.relay.prospecting.TierTwoReturns;
import ua.relay.salesorg.EmployeeId;
import ua.relay.shared.Money;

/**
 * The closer's deals on their way to the first sale: moved through the pipeline's stages, planned,
 * won (the client passes to tier 3) or lost (the company goes back to tier 1 on the day to re-contact it).
 */
@Service
public class Pipeline {

	private final DealRepository deals;

	private final LeadRepository leads;

	private final StageRepository stages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final HandOverCredits credits;

	private final TierTwoReturns returns;

	Pipeline(DealRepository deals, LeadRepository leads, StageRepository stages, ApplicationEventPublisher events,
			Clock clock, HandOverCredits credits, TierTwoReturns returns) {
		this.deals = deals;
		this.leads = leads;
		this.stages = stages;
		this.events = events;
		this.clock = clock;
		this.credits = credits;
		this.returns = returns;
	}

	public PipelineStages stages() {
		return stages.stages();
	}

	/** Moves the deal to another open stage (the board's drag and drop), as of the version the closer saw. */
	@Transactional
	public void move(DealId id, int seenVersion, String stageCode, Actor actor) {
		var pipeline = stages.stages();
		var target = pipeline.find(stageCode)
			.orElseThrow(() -> ConversionException.invalid("deal.stage-unknown", "No stage " + stageCode));
		var deal = find(id, seenVersion, actor);
		deal.moveTo(target, new EmployeeId(actor.requireEmployee()), pipeline, clock.instant());
		deals.update(deal);
	}

	/**
	 * Moves the deals chosen together (each as of the version seen), all or none: a deal somebody changed
	 * meanwhile stays where it is and is counted; anything else refused undoes the lot. How many stayed.
	 */
	@Transactional
	public int moveAll(java.util.Map<DealId, Integer> seenVersions, String stageCode, Actor actor) {
		int stayed = 0;
		for (var deal : seenVersions.entrySet()) {
			try {
				move(deal.getKey(), deal.getValue(), stageCode, actor);
			}
			catch (ua.relay.platform.DomainException ex) {
				if (ex.kind() != ua.relay.platform.DomainException.Kind.CONFLICT) {
					throw ex;
				}
				stayed++;
			}
		}
		return stayed;
	}

	/** What the closer expects of the deal: amount, close date, probability. */
	@Transactional
	public void plan(DealId id, int seenVersion, Money amount, LocalDate expectedClose, int probability, Actor actor) {
		var deal = find(id, seenVersion, actor);
		deal.plan(amount, expectedClose, probability, new EmployeeId(actor.requireEmployee()), stages.stages());
		deals.update(deal);
	}

	/** Wins the deal; the new client reaches tier 3 through {@link FirstSaleClosed}, stored with this change. */
	@Transactional
	public FirstSaleClosed win(DealId id, Money amount, Actor actor) {
		var deal = find(id);
		var closed = deal.win(new EmployeeId(actor.requireEmployee()), amount, stages.stages(), clock.instant());
		deals.update(deal);
		credits.firstSale(deal.leadId().value(), closed.closedAt());
		events.publishEvent(closed);
		return closed;
	}

	/** Loses the deal for a reason; in the same transaction the company is due in tier 1 again from {@code recontactOn}. */
	@Transactional
	public DealLost lose(DealId id, String reason, LocalDate recontactOn, Actor actor) {
		var deal = find(id);
		var now = clock.instant();
		var lost = deal.lose(new EmployeeId(actor.requireEmployee()), reason, recontactOn, LocalDate.now(clock),
				stages.stages(), now);
		deals.update(deal);
		var lead = leads.findById(deal.leadId()).orElseThrow(() -> ConversionException.notFound("lead", deal.leadId()));
		if (lead.prospectId() != null) {
			returns.lost(lead.prospectId(), lost.reason(), recontactOn.atTime(RECONTACT_TIME).atZone(clock.getZone()).toInstant());
		}
		events.publishEvent(lost);
		return lost;
	}

	/** A company back from a lost deal is due at the start of the working day. */
	private static final LocalTime RECONTACT_TIME = LocalTime.of(9, 0);

	private Deal find(DealId id) {
		return deals.findById(id).orElseThrow(() -> ConversionException.notFound("deal", id));
	}

	/**
	 * The deal as its closer editing it saw it: if somebody changed it since, the edit is refused rather than
	 * written over theirs. Whether it is theirs to edit is asked first: anybody else is refused as such,
	 * whatever version they send.
	 */
	private Deal find(DealId id, int seenVersion, Actor actor) {
		var deal = find(id);
		deal.requireWorkedBy(new EmployeeId(actor.requireEmployee()));
		if (deal.version() != seenVersion) {
			throw ConversionException.changedMeanwhile("deal", id);
		}
		return deal;
	}

}
