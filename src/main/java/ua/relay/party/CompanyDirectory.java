package ua.relay.party;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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
		var rnokpps = new LongIntHashMap(1 << 10);
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

			@Override
			public void rnokpp(String number) {
				rnokpps.putIfAbsent(Long.parseLong(number), 0);
			}

		});
		return new KnownCompanies(edrpous, rnokpps, phones, names, companies::nameKeyExists);
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
		if (company.rnokpp() != null) {
			var known = companies.findIdByRnokpp(company.rnokpp().value());
			if (known.isPresent()) {
				return new Registration(known.get(), false, "rnokpp");
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
	 * Adds to the company Relay knows as this one (by EDRPOU or РНОКПП, a phone, or name and city, in that order) the
	 * phones and contacts it does not have yet. A phone another company has is not added (each number
	 * belongs to one company); a contact is new if no contact of the company has its name and e-mail.
	 */
	@Transactional
	public Optional<Additions> addToKnown(NewCompany company, String nameKey) {
		var known = Optional.ofNullable(company.edrpou()).flatMap(companies::findIdByEdrpou)
			.or(() -> Optional.ofNullable(company.rnokpp()).flatMap(number -> companies.findIdByRnokpp(number.value())));
		for (var phone : company.phones()) {
			known = known.or(() -> companies.findIdByPhone(phone));
		}
		return known.or(() -> companies.findIdByNameKey(nameKey)).map(id -> addTo(id, company));
	}

	private Additions addTo(CompanyId id, NewCompany company) {
		var phoneIds = new ArrayList<UUID>();
		var phones = new ArrayList<String>();
		for (var phone : company.phones()) {
			if (companies.findIdByPhone(phone).isEmpty()) {
				var phoneId = UUID.randomUUID();
				companies.insertPhone(phoneId, id, phone);
				phoneIds.add(phoneId);
				phones.add(phone.e164());
			}
		}
		var had = companies.contactsOf(id);
		var contactIds = new ArrayList<UUID>();
		var contacts = new ArrayList<String>();
		for (var contact : company.contacts()) {
			String email = contact.email() == null ? "" : contact.email().value();
			boolean nameless = contact.fullName().equals("—");
			boolean known = had.stream().anyMatch(c -> email.equals(c[1])
					&& (nameless || c[0].strip().equalsIgnoreCase(contact.fullName().strip())));
			if (!known && !(nameless && email.isEmpty())) {
				var contactId = UUID.randomUUID();
				companies.insertContact(contactId, id, contact);
				contactIds.add(contactId);
				contacts.add(nameless ? email : email.isEmpty() ? contact.fullName() : contact.fullName() + " <" + email + ">");
			}
		}
		return new Additions(id, phoneIds, phones, contactIds, contacts);
	}

	/** Takes back what {@link #addToKnown} added (an undone import). */
	@Transactional
	public void takeBack(Collection<UUID> phones, Collection<UUID> contacts) {
		companies.deleteDetails(phones, contacts);
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
