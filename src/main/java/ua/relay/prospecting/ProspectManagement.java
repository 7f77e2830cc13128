package ua.relay.prospecting;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.party.CompanyId;
import ua.relay.prospecting.domain.Prospect;
import ua.relay.prospecting.domain.ProspectRepository;
import ua.relay.prospecting.domain.SelectionCriteria;
import ua.relay.prospecting.jdbc.CampaignStore;
import ua.relay.party.CompanyDirectory;

/** Puts companies in front of tier 1. */
@Service
public class ProspectManagement {

	private final ProspectRepository prospects;

	private final CompanyDirectory companies;

	private final Campaigns campaigns;

	private final CampaignStore campaignStore;

	ProspectManagement(ProspectRepository prospects, CompanyDirectory companies, Campaigns campaigns,
			CampaignStore campaignStore) {
		this.prospects = prospects;
		this.companies = companies;
		this.campaigns = campaigns;
		this.campaignStore = campaignStore;
	}

	/**
	 * Queues a company for cold calls; a lower priority number is called sooner. The prospect keeps
	 * what the selection criteria look at, and joins the first campaign that selects it.
	 */
	@Transactional
	public ProspectId enqueue(CompanyId company, int priority) {
		var prospect = Prospect.enqueue(company, priority);
		prospects.insert(prospect);
		var card = companies.getCard(company);
		var facts = new SelectionCriteria.Facts(card.industry(), card.sizeBand() == null ? null : card.sizeBand().name(),
				card.region(), null);
		campaignStore.recordFacts(prospect.id().value(), facts,
				campaigns.campaignFor(facts).orElse(null));
		return prospect.id();
	}

}
