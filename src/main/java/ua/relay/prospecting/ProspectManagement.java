package ua.relay.prospecting;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.party.CompanyId;
import ua.relay.prospecting.domain.Prospect;
import ua.relay.prospecting.domain.ProspectRepository;

/** Puts companies in front of tier 1. */
@Service
public class ProspectManagement {

	private final ProspectRepository prospects;

	ProspectManagement(ProspectRepository prospects) {
		this.prospects = prospects;
	}

	/** Queues a company for cold calls; a lower priority number is called sooner. */
	@Transactional
	public ProspectId enqueue(CompanyId company, int priority) {
		var prospect = Prospect.enqueue(company, priority);
		prospects.insert(prospect);
		return prospect.id();
	}

}
