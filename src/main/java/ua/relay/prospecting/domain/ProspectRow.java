package ua.relay.prospecting.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ua.relay.party.NameKey;
import ua.relay.party.NewCompany;
import ua.relay.party.NewCompany.NewContact;
import ua.relay.party.SizeBand;
import ua.relay.prospecting.ColumnMapping;
import ua.relay.prospecting.ImportField;
import ua.relay.prospecting.RowProblem;
import ua.relay.prospecting.importing.FileRow;
import ua.relay.shared.Edrpou;
import ua.relay.shared.EmailAddress;
import ua.relay.shared.PhoneNumber;

/**
 * One row of a prospect list checked and turned into a company, or the reasons it cannot be: a name,
 * at least one valid phone (a cell may hold several), a valid EDRPOU where given, no formulas.
 */
public final class ProspectRow {

	private static final Pattern PHONE_SEPARATORS = Pattern.compile("\\s*(?:[,;/\\n]|\\s або\\s|\\s or\\s)\\s*");

	private static final Pattern LEGAL_FORM_IN_NAME = Pattern
		.compile("(?U)^(ТОВ|ПП|ПАТ|ПрАТ|ТДВ|ФОП|ДП|КП|АТ|ТзОВ)\\s+[«\"“]?(.+?)[»\"”]?$");

	private final List<String> headings;

	private final ColumnMapping mapping;

	public ProspectRow(List<String> headings, ColumnMapping mapping) {
		this.headings = List.copyOf(headings);
		this.mapping = mapping;
	}

	/** The company the row describes, or what is wrong with it. */
	public sealed interface Checked permits Valid, Rejected {

		int row();

	}

	/** A company to import, with the key its name and city are compared by (worked out here, on any core). */
	public record Valid(int row, NewCompany company, String nameKey) implements Checked {
	}

	public record Rejected(int row, List<RowProblem> problems) implements Checked {
	}

	public Checked check(FileRow row) {
		var problems = new ArrayList<RowProblem>();
		for (int column : row.formulaColumns()) {
			problems.add(problem(row, column, "formula", null));
		}
		String name = value(row, ImportField.NAME);
		if (name.isEmpty()) {
			problems.add(problem(row, ImportField.NAME, "no-name", null));
		}
		else if (name.length() > 300) {
			problems.add(problem(row, ImportField.NAME, "too-long", "300"));
		}
		tooLong(row, ImportField.LEGAL_FORM, 20, problems);
		tooLong(row, ImportField.INDUSTRY, 60, problems);
		tooLong(row, ImportField.REGION, 100, problems);
		tooLong(row, ImportField.CITY, 100, problems);
		tooLong(row, ImportField.CONTACT, 200, problems);
		var phones = phones(row, problems);
		Edrpou edrpou = edrpou(row, problems);
		SizeBand size = size(row, problems);
		EmailAddress email = email(row, problems);
		if (!problems.isEmpty()) {
			return new Rejected(row.number(), problems);
		}
		String legalForm = value(row, ImportField.LEGAL_FORM);
		Matcher inName = LEGAL_FORM_IN_NAME.matcher(name);
		if (legalForm.isEmpty() && inName.matches()) {
			legalForm = inName.group(1);
			name = inName.group(2);
		}
		String contact = value(row, ImportField.CONTACT);
		var contacts = contact.isEmpty() && email == null ? List.<NewContact>of()
				: List.of(new NewContact(contact.isEmpty() ? "—" : contact, null, email, null));
		var company = new NewCompany(name, legalForm.isEmpty() ? null : legalForm, edrpou,
				blankToNull(value(row, ImportField.INDUSTRY)), size, blankToNull(value(row, ImportField.REGION)),
				blankToNull(value(row, ImportField.CITY)), phones, contacts);
		return new Valid(row.number(), company, NameKey.of(company.name(), company.city()));
	}

	private void tooLong(FileRow row, ImportField field, int max, List<RowProblem> problems) {
		if (value(row, field).length() > max) {
			problems.add(problem(row, field, "too-long", String.valueOf(max)));
		}
	}

	private List<PhoneNumber> phones(FileRow row, List<RowProblem> problems) {
		String cell = value(row, ImportField.PHONE);
		if (cell.isEmpty()) {
			problems.add(problem(row, ImportField.PHONE, "no-phone", null));
			return List.of();
		}
		var valid = new LinkedHashSet<PhoneNumber>();
		var invalid = new ArrayList<String>();
		for (String part : PHONE_SEPARATORS.split(cell)) {
			if (!part.isBlank()) {
				PhoneNumber.tryParse(part).ifPresentOrElse(valid::add, () -> invalid.add(part));
			}
		}
		if (valid.isEmpty()) {
			problems.add(problem(row, ImportField.PHONE, "invalid-phone", String.join(", ", invalid)));
		}
		return List.copyOf(valid);
	}

	private Edrpou edrpou(FileRow row, List<RowProblem> problems) {
		String cell = value(row, ImportField.EDRPOU).replaceAll("\\s", "");
		if (cell.isEmpty()) {
			return null;
		}
		if (!cell.matches("\\d{5,8}")) {
			problems.add(problem(row, ImportField.EDRPOU, "edrpou-shape", cell));
			return null;
		}
		if (!Edrpou.isValid(cell)) {
			problems.add(problem(row, ImportField.EDRPOU, "edrpou-check-digit", cell));
			return null;
		}
		return Edrpou.of(cell);
	}

	private SizeBand size(FileRow row, List<RowProblem> problems) {
		String cell = value(row, ImportField.EMPLOYEES).replaceAll("\\s", "");
		if (cell.isEmpty()) {
			return null;
		}
		try {
			return SizeBand.ofEmployees(Integer.parseInt(cell));
		}
		catch (IllegalArgumentException ex) {
			problems.add(problem(row, ImportField.EMPLOYEES, "not-a-head-count", cell));
			return null;
		}
	}

	private EmailAddress email(FileRow row, List<RowProblem> problems) {
		String cell = value(row, ImportField.EMAIL);
		if (cell.isEmpty()) {
			return null;
		}
		try {
			return new EmailAddress(cell);
		}
		catch (IllegalArgumentException ex) {
			problems.add(problem(row, ImportField.EMAIL, "invalid-email", cell));
			return null;
		}
	}

	private String value(FileRow row, ImportField field) {
		return mapping.column(field).map(row::cell).map(String::strip).orElse("");
	}

	private RowProblem problem(FileRow row, ImportField field, String code, String value) {
		return problem(row, mapping.column(field).orElse(-1), code, value);
	}

	private RowProblem problem(FileRow row, int column, String code, String value) {
		String heading = column >= 0 && column < headings.size() && !headings.get(column).isBlank() ? headings.get(column)
				: "#" + (column + 1);
		return new RowProblem(row.number(), heading, code, value);
	}

	private static String blankToNull(String value) {
		return value.isBlank() ? null : value;
	}

}
