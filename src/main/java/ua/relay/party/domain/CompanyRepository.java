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

	/** Deletes companies with their contacts and phones: what an undone import brought in. */
	int deleteAll(Collection<CompanyId> companies);

	/** Every EDRPOU code, phone (its digits) and name key Relay has, streamed for an in-memory snapshot. */
	void scanKeys(KeyScan scan);

	interface KeyScan {

		void edrpou(String code);

		void phone(String e164);

		void nameKey(String key);

	}

	boolean nameKeyExists(String nameKey);

	Optional<CompanyId> findIdByEdrpou(Edrpou edrpou);

	Optional<CompanyId> findIdByPhone(PhoneNumber phone);

}
