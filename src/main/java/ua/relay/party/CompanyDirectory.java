package ua.relay.party;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.party.domain.Company;
import ua.relay.party.domain.CompanyRepository;
import ua.relay.party.jdbc.CompanyQueries;
import ua.relay.platform.DomainException;
import ua.relay.shared.Edrpou;
import ua.relay.shared.PhoneNumber;

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

	/**
	 * Which of these new companies Relay knows already, and by what: "edrpou", "phone" or "name"
	 * (name and city). The index in the answer is the index in the list.
	 */
	public Map<Integer, String> known(List<NewCompany> candidates) {
		var edrpous = new java.util.HashSet<String>();
		var phones = new java.util.HashSet<String>();
		var nameKeys = new java.util.HashSet<String>();
		for (var c : candidates) {
			if (c.edrpou() != null) {
				edrpous.add(c.edrpou().value());
			}
			c.phones().forEach(p -> phones.add(p.e164()));
			nameKeys.add(NameKey.of(c.name(), c.city()));
		}
		var known = companies.known(edrpous, phones, nameKeys);
		var result = new java.util.HashMap<Integer, String>();
		for (int i = 0; i < candidates.size(); i++) {
			var c = candidates.get(i);
			if (c.edrpou() != null && known.edrpous().contains(c.edrpou().value())) {
				result.put(i, "edrpou");
			}
			else if (c.phones().stream().anyMatch(p -> known.phones().contains(p.e164()))) {
				result.put(i, "phone");
			}
			else if (known.nameKeys().contains(NameKey.of(c.name(), c.city()))) {
				result.put(i, "name");
			}
		}
		return result;
	}

	/** Registers companies known to be new (see {@link #known}), in batches. */
	@Transactional
	public List<CompanyId> registerAllNew(List<NewCompany> newCompanies) {
		var now = clock.instant();
		var created = newCompanies.stream().map(c -> Company.register(CompanyId.random(), c, now)).toList();
		companies.insertAll(created);
		return created.stream().map(Company::id).toList();
	}

	/** Forgets companies that came in by mistake (an undone import), with their contacts and phones. */
	@Transactional
	public int forget(Collection<CompanyId> ids) {
		return companies.deleteAll(ids);
	}

	/** The company with this EDRPOU code or phone number, written any way people write them. */
	public Optional<CompanyId> findByCodeOrPhone(String query) {
		if (query == null || query.isBlank()) {
			return Optional.empty();
		}
		if (Edrpou.isValid(query.strip())) {
			var byCode = companies.findIdByEdrpou(Edrpou.of(query.strip()));
			if (byCode.isPresent()) {
				return byCode;
			}
		}
		return PhoneNumber.tryParse(query).flatMap(companies::findIdByPhone);
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
