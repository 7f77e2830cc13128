package ua.relay.routing;

import java.util.Optional;

import org.springframework.stereotype.Component;

import ua.relay.party.CompanyCard;
import ua.relay.party.CompanyDirectory;

/** The name a PBX shows on the phone's display for a routed call: the company's, when it is known. */
@Component
public class CallerNames {

	private final CompanyDirectory companies;

	CallerNames(CompanyDirectory companies) {
		this.companies = companies;
	}

	public Optional<String> of(RoutingDecision decision) {
		return decision.company() == null ? Optional.empty()
				: companies.findCard(decision.company()).map(CompanyCard::displayName);
	}

}
