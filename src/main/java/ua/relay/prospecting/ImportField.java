package ua.relay.prospecting;

import java.util.List;
import java.util.Locale;

/** What a column of an uploaded prospect list can mean, with the headings that usually name it. */
public enum ImportField {

	NAME(true, "назва", "компанія", "найменування", "name", "company"),
	PHONE(true, "телефон", "телефони", "тел", "phone", "phones", "tel"),
	EDRPOU(false, "єдрпоу", "едрпоу", "код єдрпоу", "код", "edrpou"),
	LEGAL_FORM(false, "форма", "організаційно-правова форма", "legal form"),
	CITY(false, "місто", "населений пункт", "city"),
	REGION(false, "область", "регіон", "region", "oblast"),
	INDUSTRY(false, "галузь", "сфера", "industry"),
	EMPLOYEES(false, "працівників", "кількість працівників", "персонал", "employees", "staff"),
	CONTACT(false, "контакт", "контактна особа", "пib", "піб", "contact"),
	EMAIL(false, "email", "e-mail", "пошта", "ел. пошта");

	private final boolean required;

	private final List<String> headings;

	ImportField(boolean required, String... headings) {
		this.required = required;
		this.headings = List.of(headings);
	}

	public boolean required() {
		return required;
	}

	/** Whether a file's heading names this field, ignoring case, spaces and punctuation around it. */
	public boolean isNamedBy(String heading) {
		String h = heading == null ? "" : heading.toLowerCase(Locale.forLanguageTag("uk")).replaceAll("[\\s:*]+$", "").strip();
		return headings.contains(h);
	}

}
