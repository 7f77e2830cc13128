package ua.relay.party;

import java.util.List;

/** A company as people read it: the header of every card in every tier. */
public record CompanyCard(CompanyId id, String name, String legalForm, String edrpou, String industry,
		SizeBand sizeBand, String region, String city, List<String> phones, List<Contact> contacts, String rnokpp) {

	public record Contact(String fullName, String position, String email, String phone) {
	}

	/**
	 * The name as Ukrainian documents write it: ТОВ «Зерно-Трейд»; a sole trader (ФОП) is a person, whose name
	 * takes no quotes: ФОП Коваль Олег Петрович.
	 */
	public String displayName() {
		return displayName(legalForm, name);
	}

	static String displayName(String legalForm, String name) {
		if (legalForm == null || legalForm.isBlank()) {
			return name;
		}
		return "ФОП".equals(legalForm.strip()) ? legalForm.strip() + " " + name : legalForm + " «" + name + "»";
	}

}
