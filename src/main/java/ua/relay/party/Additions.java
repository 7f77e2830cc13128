package ua.relay.party;

import java.util.List;
import java.util.UUID;

/**
 * What a list added to a company Relay knew: the phones and contacts it did not have, each with the
 * identifier it was stored under, so that they can be taken back.
 */
public record Additions(CompanyId company, List<UUID> phoneIds, List<String> phones, List<UUID> contactIds,
		List<String> contacts) {

	public Additions {
		phoneIds = List.copyOf(phoneIds);
		phones = List.copyOf(phones);
		contactIds = List.copyOf(contactIds);
		contacts = List.copyOf(contacts);
	}

	public boolean isEmpty() {
		return phones.isEmpty() && contacts.isEmpty();
	}

}
