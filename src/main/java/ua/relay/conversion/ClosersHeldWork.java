package ua.relay.conversion;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.stereotype.Component;

import ua.relay.conversion.domain.DealRepository;
import ua.relay.conversion.domain.LeadRepository;
import ua.relay.platform.CompanySettings;
import ua.relay.salesorg.CompanyFacts;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.HeldWork;
import ua.relay.salesorg.Responsibilities;
import ua.relay.salesorg.Shifts;
import ua.relay.salesorg.Tier;

/**
 * What a closer holds in tier 2: the leads waiting in their inbox and their open deals (with the deals'
 * open tasks), each to the closer the head chose or, one by one, to whom tier 2's distribution gives it,
 * weighing what each carries with what they have just been given. A waiting lead's first-touch time
 * starts again for its new closer.
 */
@Component
class ClosersHeldWork implements HeldWork {

	private final LeadRepository leads;

	private final DealRepository deals;

	private final Responsibilities responsibilities;

	private final Shifts shifts;

	private final CompanySettings settings;

	private final Clock clock;

	ClosersHeldWork(LeadRepository leads, DealRepository deals, Responsibilities responsibilities, Shifts shifts,
			CompanySettings settings, Clock clock) {
		this.leads = leads;
		this.deals = deals;
		this.responsibilities = responsibilities;
		this.shifts = shifts;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public List<Held> heldBy(EmployeeId employee) {
		var held = new ArrayList<Held>();
		int waiting = leads.waitingFor(employee).size();
		if (waiting > 0) {
			held.add(new Held(Kind.LEADS, waiting));
		}
		int open = deals.openOf(employee).size();
		if (open > 0) {
			held.add(new Held(Kind.DEALS, open));
		}
		return held;
	}

	@Override
	public List<Handed> handOver(HandOverPlan plan) {
		var leaver = plan.leaver();
		var workload = new java.util.HashMap<>(leads.openWork());
		var leadsTo = new LinkedHashMap<EmployeeId, Integer>();
		var now = clock.instant();
		for (var lead : leads.waitingFor(leaver.id())) {
			var to = responsibilities.handOver(lead.companyId(), Tier.LC, plan, plan.closer(), workload, CompanyFacts.UNKNOWN);
			lead.reassign(to.employee(), to.reason(), shifts.afterWorkingTime(to.employee(), now, settings.current().firstTouch(),
					clock.getZone()));
			leads.update(lead);
			workload.merge(to.employee(), 1, Integer::sum);
			leadsTo.merge(to.employee(), 1, Integer::sum);
		}
		var dealsTo = new LinkedHashMap<EmployeeId, Integer>();
		deals.openOf(leaver.id()).forEach((deal, company) -> {
			var to = responsibilities.handOver(company, Tier.LC, plan, plan.closer(), workload, CompanyFacts.UNKNOWN);
			deals.handOver(deal, to.employee());
			workload.merge(to.employee(), 1, Integer::sum);
			dealsTo.merge(to.employee(), 1, Integer::sum);
		});
		var handed = new ArrayList<Handed>();
		leadsTo.forEach((to, count) -> handed.add(new Handed(Kind.LEADS, to, count)));
		dealsTo.forEach((to, count) -> handed.add(new Handed(Kind.DEALS, to, count)));
		return handed;
	}

}
