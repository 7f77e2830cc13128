package ua.relay.conversion;

import java.util.Map;

import org.springframework.stereotype.Component;

import ua.relay.conversion.domain.LeadRepository;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.OpenWork;
import ua.relay.salesorg.Tier;

/** Each closer's new leads and open deals, for a distribution asked from outside tier 2 (an inbound call). */
@Component
class ClosersOpenWork implements OpenWork {

	private final LeadRepository leads;

	ClosersOpenWork(LeadRepository leads) {
		this.leads = leads;
	}

	@Override
	public Tier stage() {
		return Tier.LC;
	}

	@Override
	public Map<EmployeeId, Integer> byEmployee() {
		return leads.openWork();
	}

}
