package ua.relay.party.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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

		void rnokpp(String number);

	}

	boolean nameKeyExists(String nameKey);

	Optional<CompanyId> findIdByEdrpou(Edrpou edrpou);

	Optional<CompanyId> findIdByPhone(PhoneNumber phone);

	Optional<CompanyId> findIdByNameKey(String nameKey);

	Optional<CompanyId> findIdByRnokpp(String rnokpp);

	/** The company's phones, E.164. */
	List<String> phonesOf(CompanyId company);

	/** The company's contacts, each as its name and e-mail (lower-case, or empty). */
	List<String[]> contactsOf(CompanyId company);

	void insertPhone(UUID id, CompanyId company, PhoneNumber phone);

	void insertContact(UUID id, CompanyId company, ua.relay.party.NewCompany.NewContact contact);

	/** Deletes phones and contacts by their identifiers (what an undone import added to known companies). */
	void deleteDetails(Collection<UUID> phones, Collection<UUID> contacts);

}
