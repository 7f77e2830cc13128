package ua.relay.party;

import java.util.List;
import java.util.Objects;

import ua.relay.shared.Edrpou;
import ua.relay.shared.EmailAddress;
import ua.relay.shared.PhoneNumber;
import ua.relay.shared.Rnokpp;

/**
 * What is known of a company when it first enters Relay; a sole trader may have, instead of an EDRPOU
 * code, the owner's tax number ({@link Rnokpp}).
 */
public record NewCompany(String name, String legalForm, Edrpou edrpou, String industry, SizeBand sizeBand,
		String region, String city, List<PhoneNumber> phones, List<NewContact> contacts, Rnokpp rnokpp) {

	/** A company without a sole trader's tax number. */
	public NewCompany(String name, String legalForm, Edrpou edrpou, String industry, SizeBand sizeBand, String region,
			String city, List<PhoneNumber> phones, List<NewContact> contacts) {
		this(name, legalForm, edrpou, industry, sizeBand, region, city, phones, contacts, null);
	}

	public NewCompany {
		Objects.requireNonNull(name, "name");
		if (name.isBlank()) {
			throw new IllegalArgumentException("A company needs a name");
		}
		phones = List.copyOf(phones);
		contacts = List.copyOf(contacts);
	}

	public record NewContact(String fullName, String position, EmailAddress email, PhoneNumber phone) {

		public NewContact {
			Objects.requireNonNull(fullName, "fullName");
		}

	}

}
