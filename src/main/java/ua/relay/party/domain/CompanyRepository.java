package ua.relay.party.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import ua.relay.party.CompanyId;
import ua.relay.shared.Edrpou;
import ua.relay.shared.PhoneNumber;

public interface CompanyRepository {

	void insert(Company company);

	/** Inserts many companies in batches, for imports. */
	void insertAll(List<Company> companies);

	/** Of the EDRPOU codes, phones and name keys given, those some company has already. */
	Known known(Collection<String> edrpous, Collection<String> phones, Collection<String> nameKeys);

	/** Deletes companies with their contacts and phones: what an undone import brought in. */
	int deleteAll(Collection<CompanyId> companies);

	record Known(Set<String> edrpous, Set<String> phones, Set<String> nameKeys) {
	}

	Optional<CompanyId> findIdByEdrpou(Edrpou edrpou);

	Optional<CompanyId> findIdByPhone(PhoneNumber phone);

}
