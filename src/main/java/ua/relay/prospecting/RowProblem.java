package ua.relay.prospecting;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What became of a row of an uploaded file, where it was not simply imported: its row number as the
 * spreadsheet shows it, the column, the {@link Kind}, a stable {@code code} (pages show it in the
 * reader's language) and the value it concerns.
 */
public record RowProblem(int row, String column, Kind kind, String code, String value) {

	/** Whether the row was left out (rejected, a duplicate) or imported with something left aside (a warning). */
	public enum Kind {

		/** The row was not imported: a field it needs is missing or wrong. */
		REJECTED,
		/** The row was not imported: the company is in the file or in Relay already. */
		DUPLICATE,
		/** The row was imported, without the optional value named. */
		WARNING,
		/** The row was imported as it is, and this is what was done with it. */
		NOTE,
		/** The row was left out as the file asks (a row the spreadsheet hides). */
		SKIPPED

	}

	public static RowProblem rejected(int row, String column, String code, String value) {
		return new RowProblem(row, column, Kind.REJECTED, code, value);
	}

	public static RowProblem duplicate(int row, String code, String value) {
		return new RowProblem(row, "—", Kind.DUPLICATE, code, value);
	}

	public static RowProblem warning(int row, String column, String code, String value) {
		return new RowProblem(row, column, Kind.WARNING, code, value);
	}

	public static RowProblem note(int row, String column, String code, String value) {
		return new RowProblem(row, column, Kind.NOTE, code, value);
	}

	public RowProblem withKind(Kind other) {
		return new RowProblem(row, column, other, code, value);
	}

	/** Whether the row stayed out of Relay because of it. */
	public boolean leftOut() {
		return kind == Kind.REJECTED || kind == Kind.DUPLICATE || kind == Kind.SKIPPED;
	}

	private static final Map<String, String> ENGLISH = Map.ofEntries(Map.entry("no-name", "no company name"),
			Map.entry("too-long", "longer than %s characters"), Map.entry("no-phone", "no phone number"),
			Map.entry("invalid-phone", "not a valid phone number: %s"),
			Map.entry("scientific-phone",
					"a number Excel wrote in scientific notation (%s): its last digits are lost, type it as text"),
			Map.entry("phone-extension", "the extension is not kept: %s"),
			Map.entry("phone-note", "a note beside the phone, not kept: %s"),
			Map.entry("edrpou-shape", "an EDRPOU code has 8 digits: %s"),
			Map.entry("edrpou-check-digit", "the check digit of EDRPOU %s is wrong"),
			Map.entry("not-a-head-count", "not a head count: %s"), Map.entry("invalid-email", "not an e-mail address: %s"),
			Map.entry("control-character", "holds a control character (%s) that is not text"),
			Map.entry("formula", "a formula; only values are imported"), Map.entry("formula-value", "a formula: its value was imported"), Map.entry("rnokpp-check-digit", "the check digit of RNOKPP %s is wrong"),
			Map.entry("duplicate-in-file.edrpou", "duplicate: the same EDRPOU as row %s"),
			Map.entry("duplicate-in-file.phone", "duplicate: the same phone as row %s"),
			Map.entry("duplicate-in-file.name", "duplicate: the same name and city as row %s"),
			Map.entry("duplicate-known.edrpou", "duplicate: Relay knows this company by its EDRPOU"),
			Map.entry("duplicate-known.phone", "duplicate: Relay knows this company by its phone"),
			Map.entry("duplicate-known.name", "duplicate: Relay knows this company by its name and city"),
			Map.entry("duplicate-in-file.rnokpp", "duplicate: the same RNOKPP as row %s"),
			Map.entry("duplicate-known.rnokpp", "duplicate: Relay knows this sole trader by the RNOKPP"),
			Map.entry("added-to-known", "added to the company Relay knows: %s"),
			Map.entry("hidden-row", "a row hidden in the workbook: left out"));

	/** The problem in English words, for the API and logs. */
	@JsonProperty("problem")
	public String problem() {
		return ENGLISH.getOrDefault(code, code).formatted(value == null ? "" : value);
	}

}
