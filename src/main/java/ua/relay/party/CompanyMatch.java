package ua.relay.party;

/**
 * A company a search found, and by what: its name, a phone, its code or one of its contacts (then
 * {@code detail} names who, or which phone).
 */
public record CompanyMatch(CompanyId id, String name, String legalForm, String edrpou, String city, Found by, String detail) {

	/** ТОВ «Зерно-Трейд», as documents write it. */
	public String displayName() {
		return CompanyCard.displayName(legalForm, name);
	}

	/** What tells it apart in a list of hits: its city, its code, and the phone or contact it was found by. */
	public String note() {
		return SearchHits.line(city, edrpou, by == Found.PHONE || by == Found.CONTACT ? detail : null);
	}

	public enum Found {

		CODE, PHONE, NAME, CONTACT

	}

}
