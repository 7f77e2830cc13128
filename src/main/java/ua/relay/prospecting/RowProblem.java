package ua.relay.prospecting;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Why a row of an uploaded file was not imported: its row number as the spreadsheet shows it, the
 * column, a stable {@code code} (pages show it in the reader's language) and the offending value.
 */
public record RowProblem(int row, String column, String code, String value) {

	private static final Map<String, String> ENGLISH = Map.ofEntries(Map.entry("no-name", "no company name"),
			Map.entry("too-long", "longer than %s characters"), Map.entry("no-phone", "no phone number"),
			Map.entry("invalid-phone", "not a valid phone number: %s"),
			Map.entry("edrpou-shape", "an EDRPOU code has 8 digits: %s"),
			Map.entry("edrpou-check-digit", "the check digit of EDRPOU %s is wrong"),
			Map.entry("not-a-head-count", "not a head count: %s"), Map.entry("invalid-email", "not an e-mail address: %s"),
			Map.entry("formula", "a formula; only values are imported"),
			Map.entry("duplicate-in-file.edrpou", "duplicate: the same EDRPOU as row %s"),
			Map.entry("duplicate-in-file.phone", "duplicate: the same phone as row %s"),
			Map.entry("duplicate-in-file.name", "duplicate: the same name and city as row %s"),
			Map.entry("duplicate-known.edrpou", "duplicate: Relay knows this company by its EDRPOU"),
			Map.entry("duplicate-known.phone", "duplicate: Relay knows this company by its phone"),
			Map.entry("duplicate-known.name", "duplicate: Relay knows this company by its name and city"));

	/** The problem in English words, for the API and logs. */
	@JsonProperty("problem")
	public String problem() {
		return ENGLISH.getOrDefault(code, code).formatted(value == null ? "" : value);
	}

}
