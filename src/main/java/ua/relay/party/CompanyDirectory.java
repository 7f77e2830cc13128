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
import ua.relay.platform.bulk.BulkLoader;
import ua.relay.platform.bulk.LongIntHashMap;
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

	private final BulkLoader loader;

	CompanyDirectory(CompanyRepository companies, CompanyQueries queries, java.time.Clock clock, BulkLoader loader) {
		this.companies = companies;
		this.queries = queries;
		this.clock = clock;
		this.loader = loader;
	}

	/**
	 * Everything Relay knows companies by, read once for a large import. Take it in the transaction that
	 * registers the new ones, after whatever keeps two imports apart.
	 */
	@Transactional(readOnly = true)
	public KnownCompanies knownCompanies() {
		var edrpous = new LongIntHashMap(1 << 16);
		var phones = new LongIntHashMap(1 << 16);
		var names = new LongIntHashMap(1 << 16);
		companies.scanKeys(new CompanyRepository.KeyScan() {

			@Override
			public void edrpou(String code) {
				edrpous.putIfAbsent(Long.parseLong(code), 0);
			}

			@Override
			public void phone(String e164) {
				phones.putIfAbsent(new PhoneNumber(e164).digits(), 0);
			}

			@Override
			public void nameKey(String key) {
				names.putIfAbsent(LongIntHashMap.fingerprint(key), 0);
			}

		});
		return new KnownCompanies(edrpous, phones, names, companies::nameKeyExists);
	}

	/** Many new companies registered in one go; see {@link BulkRegistration}. */
	public BulkRegistration bulkRegistration() {
		return new BulkRegistration(loader, clock.instant());
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

	/** The company this number belongs to. */
	public Optional<CompanyId> findByPhone(PhoneNumber phone) {
		return companies.findIdByPhone(phone);
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
