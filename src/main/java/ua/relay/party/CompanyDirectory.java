package ua.relay.party;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.party.domain.Company;
import ua.relay.party.domain.CompanyRepository;
import ua.relay.party.jdbc.CompanyQueries;
import ua.relay.platform.DomainException;

/**
 * The party module's API: registers companies (one identity each: a company already known by its
 * EDRPOU or one of its phones is not registered twice) and reads them for the other modules.
 */
@Service
public class CompanyDirectory {

	private final CompanyRepository companies;

	private final CompanyQueries queries;

	private final java.time.Clock clock;

	CompanyDirectory(CompanyRepository companies, CompanyQueries queries, java.time.Clock clock) {
		this.companies = companies;
		this.queries = queries;
		this.clock = clock;
	}

	@Transactional
	public Registration register(NewCompany company) {
		if (company.edrpou() != null) {
			var known = companies.findIdByEdrpou(company.edrpou());
			if (known.isPresent()) {
				return new Registration(known.get(), false, "edrpou");
			}
		}
		for (var phone : company.phones()) {
			var known = companies.findIdByPhone(phone);
			if (known.isPresent()) {
				return new Registration(known.get(), false, "phone");
			}
		}
		var created = Company.register(CompanyId.random(), company, clock.instant());
		companies.insert(created);
		return new Registration(created.id(), true, null);
	}

	public Optional<CompanyCard> findCard(CompanyId id) {
		return queries.cards(java.util.List.of(id)).values().stream().findFirst();
	}

	public CompanyCard getCard(CompanyId id) {
		return findCard(id).orElseThrow(() -> DomainException.notFound("company.not-found", "No company " + id));
	}

	/** Cards for many companies in two queries, for lists and reports. */
	public Map<CompanyId, CompanyCard> cards(Collection<CompanyId> ids) {
		return queries.cards(ids);
	}

}
