package ua.relay;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ua.relay.conversion.ConversionQueries;
import ua.relay.conversion.DealView;
import ua.relay.conversion.LeadView;
import ua.relay.conversion.LeadInbox;
import ua.relay.platform.Actor;
import ua.relay.platform.Role;
import ua.relay.prospecting.CallOutcome;
import ua.relay.prospecting.CallQueue;
import ua.relay.prospecting.CallReport;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Responsibilities;
import ua.relay.salesorg.Tier;

/**
 * Object mother for open deals, made the way real ones are: a caller finds an interested prospect, the
 * hand-over reaches tier 2, the closer accepts the lead.
 */
@Component
public class Deals {

	private final Staffing staffing;

	private final Prospects prospects;

	private final CallQueue queue;

	private final LeadInbox inbox;

	private final ConversionQueries conversion;

	private final Responsibilities responsibilities;

	Deals(Staffing staffing, Prospects prospects, CallQueue queue, LeadInbox inbox, ConversionQueries conversion,
			Responsibilities responsibilities) {
		this.staffing = staffing;
		this.prospects = prospects;
		this.queue = queue;
		this.inbox = inbox;
		this.conversion = conversion;
		this.responsibilities = responsibilities;
	}

	/** An open deal of whichever closer tier 2's distribution chose (a new one is hired for it). */
	public DealView open() {
		staffing.hire(Role.CLOSER);
		return open(null);
	}

	/** An open deal of {@code closer}: the lead is given to them if the distribution chose someone else. */
	public DealView openFor(Actor closer) {
		return open(closer);
	}

	/** A new lead that {@code caller} handed over, waiting with the closer the distribution chose. */
	public LeadView leadFrom(Actor caller) {
		prospects.queueFirst();
		var card = queue.next(caller).orElseThrow();
		queue.record(card.id(), CallReport.of(CallOutcome.INTERESTED, "Потрібна ціна"), caller);
		var company = card.company().id();
		var chosen = await().atMost(Duration.ofSeconds(20))
			.until(() -> responsibilities.responsible(company, Tier.LC), Optional::isPresent)
			.get();
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> conversion.newLeads(Staffing.as(chosen, Role.CLOSER)).stream()
				.filter(l -> l.company().id().equals(company))
				.findFirst(), Optional::isPresent)
			.get();
	}

	private DealView open(Actor wanted) {
		var lead = leadFrom(staffing.hire(Role.CALLER));
		var closer = Staffing.as(lead.closerId(), Role.CLOSER);
		if (wanted != null && !lead.closerId().value().equals(wanted.employeeId())) {
			inbox.reassign(lead.id(), new EmployeeId(wanted.employeeId()), staffing.hire(Role.HEAD));
			closer = wanted;
		}
		return conversion.deal(inbox.accept(lead.id(), closer), closer);
	}

}
