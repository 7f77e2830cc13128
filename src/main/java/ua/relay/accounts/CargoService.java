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

	/**
	 * The service a file names, by its code (GROUPAGE) or its document name, any case; none for a text that
	 * names no service of the company (it is then the order's description).
	 */
	public static java.util.Optional<CargoService> recognise(String text) {
		if (text == null || text.isBlank()) {
			return java.util.Optional.empty();
		}
		String plain = text.strip().toLowerCase(java.util.Locale.ROOT);
		return java.util.Arrays.stream(values())
			.filter(s -> s.name().toLowerCase(java.util.Locale.ROOT).equals(plain)
					|| s.documentName.toLowerCase(java.util.Locale.ROOT).equals(plain))
			.findFirst();
	}

	/** The service as an invoice's line names it. */
	public String documentName() {
		return documentName;
	}

}
