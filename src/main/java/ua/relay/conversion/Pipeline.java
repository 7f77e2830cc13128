package ua.relay.conversion;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.conversion.domain.ConversionException;
import ua.relay.conversion.domain.DealRepository;
import ua.relay.platform.Actor;
import ua.relay.prospecting.HandOverCredits;
import ua.relay.salesorg.EmployeeId;
import ua.relay.shared.Money;

/** The closer's deals on their way to the first sale. */
@Service
public class Pipeline {

	private final DealRepository deals;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final HandOverCredits credits;

	Pipeline(DealRepository deals, ApplicationEventPublisher events, Clock clock, HandOverCredits credits) {
		this.deals = deals;
		this.events = events;
		this.clock = clock;
		this.credits = credits;
	}

	/** Wins the deal; the new client reaches tier 3 through {@link FirstSaleClosed}, stored with this change. */
	@Transactional
	public FirstSaleClosed win(DealId id, Money amount, Actor actor) {
		var deal = deals.findById(id).orElseThrow(() -> ConversionException.notFound("deal", id));
		var closed = deal.win(new EmployeeId(actor.requireEmployee()), amount, clock.instant());
		deals.update(deal);
		credits.firstSale(deal.leadId().value(), closed.closedAt());
		events.publishEvent(closed);
		return closed;
	}

}
