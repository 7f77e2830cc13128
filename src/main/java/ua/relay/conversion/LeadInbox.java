package ua.relay.conversion;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.conversion.domain.ConversionException;
import ua.relay.conversion.domain.Lead;
import ua.relay.conversion.domain.LeadRepository;
import ua.relay.conversion.domain.DealRepository;
import ua.relay.platform.Actor;
import ua.relay.prospecting.HandOverCredits;
import ua.relay.prospecting.LeadHandedOver;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Responsibilities;
import ua.relay.salesorg.Tier;

/** Tier 2's inbox: receives tier 1's hand-overs and lets the assigned closer take them on. */
@Service
public class LeadInbox {

	private final LeadRepository leads;

	private final DealRepository deals;

	private final Responsibilities responsibilities;

	private final Clock clock;

	private final HandOverCredits credits;

	private final ApplicationEventPublisher events;

	LeadInbox(LeadRepository leads, DealRepository deals, Responsibilities responsibilities, Clock clock,
			HandOverCredits credits, ApplicationEventPublisher events) {
		this.leads = leads;
		this.deals = deals;
		this.responsibilities = responsibilities;
		this.clock = clock;
		this.credits = credits;
		this.events = events;
	}

	/**
	 * A hand-over arrives (after tier 1's transaction committed, or again after a restart if the
	 * process died first): the lead lands with the closer the assignment rules choose. Delivering the
	 * same hand-over twice creates one lead.
	 */
	@ApplicationModuleListener
	void on(LeadHandedOver handOver) {
		receive(handOver);
	}

	@Transactional
	public LeadId receive(LeadHandedOver handOver) {
		var id = new LeadId(handOver.handOverId());
		if (leads.findById(id).isPresent()) {
			return id;
		}
		var meeting = handOver.meeting();
		var closer = meeting == null ? responsibilities.assignNext(handOver.companyId(), Tier.LC, handOver.caller())
				: responsibilities.assignTo(handOver.companyId(), Tier.LC, meeting.with(), "reason.meeting-booked");
		leads.insert(Lead.receive(handOver, closer, clock.instant()));
		if (meeting != null) {
			events.publishEvent(new MeetingScheduled(id, handOver.companyId(), closer.employee(), meeting.start(),
					meeting.end()));
		}
		return id;
	}

	@Transactional
	public DealId accept(LeadId id, Actor actor) {
		var lead = leads.findById(id).orElseThrow(() -> ConversionException.notFound("lead", id));
		var now = clock.instant();
		var deal = lead.accept(new EmployeeId(actor.requireEmployee()), now);
		leads.update(lead);
		deals.insert(deal);
		credits.accepted(lead.id().value(), now);
		return deal.id();
	}

}
