package ua.relay.conversion;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.conversion.domain.ConversionException;
import ua.relay.conversion.domain.DealRepository;
import ua.relay.conversion.domain.Lead;
import ua.relay.conversion.domain.LeadRepository;
import ua.relay.conversion.domain.StageRepository;
import ua.relay.platform.Actor;
import ua.relay.platform.CompanySettings;
import ua.relay.prospecting.HandOverCredits;
import ua.relay.prospecting.LeadHandedOver;
import ua.relay.prospecting.TierTwoReturns;
import ua.relay.routing.InboundLeadArrived;
import ua.relay.salesorg.Assignment;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Responsibilities;
import ua.relay.salesorg.Shifts;
import ua.relay.salesorg.Staff;
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

	private final TierTwoReturns returns;

	private final Staff staff;

	private final StageRepository stages;

	private final Shifts shifts;

	private final CompanySettings settings;

	private final DealActivities activities;

	private final LeadAnnouncements announcements;

	LeadInbox(LeadRepository leads, DealRepository deals, Responsibilities responsibilities, Clock clock,
			HandOverCredits credits, ApplicationEventPublisher events, TierTwoReturns returns, Staff staff,
			StageRepository stages, Shifts shifts, CompanySettings settings, DealActivities activities,
			LeadAnnouncements announcements) {
		this.activities = activities;
		this.announcements = announcements;
		this.stages = stages;
		this.shifts = shifts;
		this.settings = settings;
		this.returns = returns;
		this.staff = staff;
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
		var closer = meeting == null
				? responsibilities.distribute(handOver.companyId(), Tier.LC, handOver.caller(), leads.openWork())
				: responsibilities.assignTo(handOver.companyId(), Tier.LC, meeting.with(), "reason.meeting-booked");
		var now = clock.instant();
		leads.insert(Lead.receive(handOver, closer, now, firstTouchDue(closer.employee(), now)));
		announcements.landed(id, handOver.companyId(), closer.employee());
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
		var deal = lead.accept(new EmployeeId(actor.requireEmployee()), stages.stages().first(), now);
		leads.update(lead);
		deals.insert(deal);
		if (lead.meeting() != null) {
			activities.meetingBooked(lead.id(), deal.id(), deal.closer(), lead.meeting().start());
		}
		credits.accepted(lead.id().value(), now);
		return deal.id();
	}

	/**
	 * The closer turns the lead down with the reason: in the same transaction the prospect returns to
	 * tier 1 (to the caller who found it, the reason on its card), or is disqualified.
	 */
	@Transactional
	public LeadRejected reject(LeadId id, String reason, boolean disqualify, Actor actor) {
		var lead = leads.findById(id).orElseThrow(() -> ConversionException.notFound("lead", id));
		var rejected = lead.reject(new EmployeeId(actor.requireEmployee()), reason, disqualify, clock.instant());
		leads.update(lead);
		if (lead.prospectId() != null) {
			returns.rejected(lead.id().value(), lead.prospectId(), lead.handedOverBy(), rejected.reason(),
					rejected.disqualified(), rejected.rejectedAt());
			announcements.returned(lead.companyId(), lead.handedOverBy(), rejected.reason());
		}
		events.publishEvent(rejected);
		return rejected;
	}

	/**
	 * A new caller reached tier 2 through the switchboard (after routing committed, or again after a
	 * restart): the lead lands with the closer routing named, once per call.
	 */
	@ApplicationModuleListener
	void on(InboundLeadArrived inbound) {
		receive(inbound);
	}

	@Transactional
	public LeadId receive(InboundLeadArrived inbound) {
		var id = new LeadId(inbound.callId());
		if (leads.findById(id).isPresent()) {
			return id;
		}
		var now = clock.instant();
		leads.insert(Lead.receiveInbound(id, inbound.company(), inbound.note(), inbound.at(),
				new Assignment(inbound.closer(), inbound.reason()), now, firstTouchDue(inbound.closer(), now)));
		announcements.landed(id, inbound.company(), inbound.closer());
		return id;
	}

	/** The head escalates a lead waiting past its time: it stands on top of its closer's inbox, marked. */
	@Transactional
	public void escalate(LeadId id, Actor actor) {
		if (!actor.seesEverything()) {
			throw ConversionException.notYours("lead", id);
		}
		var lead = leads.findById(id).orElseThrow(() -> ConversionException.notFound("lead", id));
		lead.escalate(clock.instant());
		leads.update(lead);
	}

	/** When the closer must have touched a lead received now: so many hours of their working time later. */
	private Instant firstTouchDue(EmployeeId closer, Instant received) {
		return shifts.afterWorkingTime(closer, received, settings.current().firstTouch(), clock.getZone());
	}

	/** The head gives the chosen leads to one closer, all or none. */
	@Transactional
	public void reassignAll(java.util.Collection<LeadId> ids, EmployeeId closer, Actor actor) {
		ids.forEach(id -> reassign(id, closer, actor));
	}

	/** The head gives a waiting lead to another closer; the responsibility matrix follows. */
	@Transactional
	public void reassign(LeadId id, EmployeeId closer, Actor actor) {
		if (!actor.seesEverything()) {
			throw ConversionException.notYours("lead", id);
		}
		var lead = leads.findById(id).orElseThrow(() -> ConversionException.notFound("lead", id));
		var to = staff.get(closer);
		if (!to.active() || to.tier() != Tier.LC) {
			throw ConversionException.invalid("lead.reassign-not-a-closer", to.fullName() + " is not an active closer");
		}
		var assignment = responsibilities.reassign(lead.companyId(), Tier.LC, closer);
		lead.reassign(closer, assignment.reason(), firstTouchDue(closer, clock.instant()));
		leads.update(lead);
		announcements.landed(id, lead.companyId(), closer);
	}

}
