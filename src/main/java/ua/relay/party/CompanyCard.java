package ua.relay.party;

import java.util.List;

/** A company as people read it: the header of every card in every tier. */
public record CompanyCard(CompanyId id, String name, String legalForm, String edrpou, String industry,
		SizeBand sizeBand, String region, String city, List<String> phones, List<Contact> contacts) {

	public record Contact(String fullName, String position, String email, String phone) {
	}

	public String displayName() {
		return legalForm == null || legalForm.isBlank() ? name : legalForm + " «" + name + "»";
	}

}
