package ua.relay.party.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import ua.relay.party.CompanyId;
import ua.relay.party.NewCompany;

/** A company with its contacts and phones; phones held at company level or by a contact. */
public record Company(CompanyId id, NewCompany details, List<Contact> contacts, List<Phone> phones, Instant createdAt) {

	public record Contact(UUID id, NewCompany.NewContact details) {
	}

	public record Phone(UUID id, UUID contactId, String e164) {
	}

	/** What the company is recognised by when it has neither EDRPOU nor a known phone. */
	public String nameKey() {
		return ua.relay.party.NameKey.of(details.name(), details.city());
	}

	public static Company register(CompanyId id, NewCompany details, Instant now) {
		return register(id, details, now, UUID::randomUUID);
	}

	/** With the identifiers of contacts and phones taken from {@code ids}. */
	public static Company register(CompanyId id, NewCompany details, Instant now, Supplier<UUID> ids) {
		var contacts = details.contacts().stream().map(c -> new Contact(ids.get(), c)).toList();
		var phones = new java.util.ArrayList<Phone>();
		details.phones().forEach(p -> phones.add(new Phone(ids.get(), null, p.e164())));
		for (var contact : contacts) {
			var phone = contact.details().phone();
			if (phone != null && phones.stream().noneMatch(p -> p.e164().equals(phone.e164()))) {
				phones.add(new Phone(ids.get(), contact.id(), phone.e164()));
			}
		}
		return new Company(id, details, contacts, List.copyOf(phones), now);
	}

}
