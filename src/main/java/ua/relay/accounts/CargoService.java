package ua.relay.accounts;

/**
 * The cargo services the company sells; orders name theirs, and cross-selling works on them. Each has its
 * name as Ukrainian documents (invoices) give it; the pages name them in the reader's language.
 */
public enum CargoService {

	GROUPAGE("Перевезення збірного вантажу"), FULL_TRUCK("Перевезення окремим автомобілем"),
	REFRIGERATED("Перевезення рефрижератором"), PALLETS("Палетні перевезення"), WAREHOUSING("Послуги складування"),
	CUSTOMS("Послуги митного оформлення"), EXPRESS("Експрес-доставка вантажу"), INTERNATIONAL("Міжнародне перевезення вантажу");

	private final String documentName;

	CargoService(String documentName) {
		this.documentName = documentName;
	}

	/** The service as an invoice's line names it. */
	public String documentName() {
		return documentName;
	}

}
