package ua.relay.party;

import java.util.Optional;
import java.util.function.Predicate;

import ua.relay.platform.bulk.LongIntHashMap;

/**
 * What Relay knew of companies when an import began, held compactly enough for millions: EDRPOU codes
 * and phones exactly, name keys by fingerprint, a fingerprint match confirmed in the database. Tells
 * whether a new company is one of them, and by what.
 */
public final class KnownCompanies {

	private final LongIntHashMap edrpous;

	private final LongIntHashMap rnokpps;

	private final LongIntHashMap phones;

	private final LongIntHashMap names;

	private final Predicate<String> nameKeyExists;

	KnownCompanies(LongIntHashMap edrpous, LongIntHashMap rnokpps, LongIntHashMap phones, LongIntHashMap names,
			Predicate<String> nameKeyExists) {
		this.edrpous = edrpous;
		this.rnokpps = rnokpps;
		this.phones = phones;
		this.names = names;
		this.nameKeyExists = nameKeyExists;
	}

	/** "edrpou", "rnokpp", "phone" or "name" (name and city) if the company is known already. */
	public Optional<String> knownBy(NewCompany company, String nameKey) {
		if (company.edrpou() != null && edrpous.containsKey(Long.parseLong(company.edrpou().value()))) {
			return Optional.of("edrpou");
		}
		if (company.rnokpp() != null && rnokpps.containsKey(Long.parseLong(company.rnokpp().value()))) {
			return Optional.of("rnokpp");
		}
		for (var phone : company.phones()) {
			if (phones.containsKey(phone.digits())) {
				return Optional.of("phone");
			}
		}
		if (names.containsKey(LongIntHashMap.fingerprint(nameKey)) && nameKeyExists.test(nameKey)) {
			return Optional.of("name");
		}
		return Optional.empty();
	}

	public int size() {
		return names.size();
	}

}
