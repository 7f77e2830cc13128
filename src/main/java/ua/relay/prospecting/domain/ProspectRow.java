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
import ua.relay.platform.tabular.FileRow;
import ua.relay.shared.Edrpou;
import ua.relay.shared.EmailAddress;
import ua.relay.shared.PhoneNumber;
import ua.relay.shared.Rnokpp;

/**
 * One row of a prospect list checked and turned into a company, or the reasons it cannot be. A row needs
 * a name and at least one valid phone (a cell may hold several); every value is checked against the
 * column it goes to, so nothing a row holds can fail the file. An optional value that cannot be read
 * (an EDRPOU, a head count, an e-mail, a city too long) is left out with a warning, and the row goes in.
 * Text is kept as text: a cell that a spreadsheet would run as a formula is made inert where it leaves
 * Relay, in every export.
 */
public final class ProspectRow {

	/** The widths of the columns the fields go to ({@code party_company}, {@code party_contact}). */
	static final int NAME_MAX = 300;

	static final int LEGAL_FORM_MAX = 20;

	static final int INDUSTRY_MAX = 60;

	static final int REGION_MAX = 100;

	static final int CITY_MAX = 100;

	static final int CONTACT_MAX = 200;

	private static final Pattern PHONE_SEPARATORS = Pattern
		.compile("(?iU)\\s*[,;/|\\n]\\s*|\\s+(?:або|чи|or)\\s+");

	/** A note beside a number, "0675071739 (Іван)": brackets holding a letter (an area code's hold digits). */
	private static final Pattern PHONE_NOTE = Pattern.compile("(?U)\\(([^()]*\\p{L}[^()]*)\\)");

	private static final Pattern PHONE_EXTENSION = Pattern
		.compile("(?iU)[\\s,]*(?:доб|дод|вн|внутр|ext|extension|x)\\.?\\s*(\\d{1,6})\\s*$");

	/** A number cell exported as text: "380967390963.0". */
	private static final Pattern NUMBER_WITH_ZERO_FRACTION = Pattern.compile("^(\\+?\\d{1,15})[.,]0+$");

	/** What Excel writes for a long number in a narrow column: "3.806695E+11", its last digits gone. */
	private static final Pattern SCIENTIFIC = Pattern.compile("(?i)^\\+?\\d+(?:[.,]\\d+)?e\\+?\\d+$");

	private static final Pattern SCIENTIFIC_IN_CELL = Pattern.compile("(?i)\\+?\\d+(?:[.,]\\d+)?e\\+\\d+");

	/** A legal form before the name, the name quoted or not: «ТОВ "Альфа"», "ФОП Петренко". */
	private static final Pattern LEGAL_FORM_IN_NAME = Pattern
		.compile("(?U)^(ТОВ|ПП|ПАТ|ПрАТ|ТДВ|ФОП|ДП|КП|АТ|ТзОВ)\\s+(?:[«\"“„]([^«»\"“”„]+)[»\"”“]|(.+))$");

	/** Characters that are not text: C0 controls but tab and line ends, DEL, non-characters. */
	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFE\\uFFFF]");

	/** Any run of white space, the no-break kinds and line breaks inside a cell included. */
	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2060\\uFEFF]+");

	private static final Pattern EMAIL_SEPARATORS = Pattern.compile("[\\s,;]+");

	private static final Pattern ANGLE_BRACKETS = Pattern.compile("[<>()\"]");

	private static final Pattern DIGIT_GROUPS = Pattern.compile("(?<=\\d)[\\s\\u00A0\\u2007\\u202F'’](?=\\d{3}(?!\\d))");

	private static final Pattern HEAD_COUNT = Pattern.compile(
			"(?iU)^(?:~|≈|близько|приблизно|від|понад|більше|до|менше)?\\s*(\\d+)(?:[.,]0+)?\\s*(?:\\+)?"
					+ "(?:\\s*(?:-|–|—|до)\\s*(\\d+)(?:[.,]0+)?)?\\s*(?:осіб|особи|чол\\.?|працівників|співробітників|людей)?$");

	private final List<String> headings;

	private final ColumnMapping mapping;

	public ProspectRow(List<String> headings, ColumnMapping mapping) {
		this.headings = List.copyOf(headings);
		this.mapping = mapping;
	}

	/** The company the row describes, or what is wrong with it. */
	public sealed interface Checked permits Valid, Rejected, Skipped {

		int row();

	}

	/**
	 * A company to import, with the key its name and city are compared by (worked out here, on any core),
	 * and what was left out of it or done with it.
	 */
	public record Valid(int row, NewCompany company, String nameKey, List<RowProblem> warnings) implements Checked {
	}

	/** A row left out, with why; the warnings it would have had are among its problems. */
	public record Rejected(int row, List<RowProblem> problems) implements Checked {
	}

	/** A row the spreadsheet hides: left out, and said so. */
	public record Skipped(int row, RowProblem note) implements Checked {
	}

	public Checked check(FileRow row) {
		if (row.hidden()) {
			return new Skipped(row.number(), new RowProblem(row.number(), "—", RowProblem.Kind.SKIPPED, "hidden-row", null));
		}
		var problems = new ArrayList<RowProblem>();
		var warnings = new ArrayList<RowProblem>();
		for (int column : row.formulaColumns()) {
			if (mapping.columns().containsValue(column)) {
				warnings.add(note(row, column, "formula-value", null));
			}
		}
		String name = text(row, ImportField.NAME, NAME_MAX, problems);
		if (name.isEmpty() && problems.isEmpty()) {
			problems.add(rejected(row, ImportField.NAME, "no-name", null));
		}
		String legalForm = text(row, ImportField.LEGAL_FORM, LEGAL_FORM_MAX, warnings);
		String industry = text(row, ImportField.INDUSTRY, INDUSTRY_MAX, warnings);
		String region = text(row, ImportField.REGION, REGION_MAX, warnings);
		String city = text(row, ImportField.CITY, CITY_MAX, warnings);
		String contact = text(row, ImportField.CONTACT, CONTACT_MAX, warnings);
		var notes = new ArrayList<String>();
		var phones = phones(row, problems, warnings, notes);
		Edrpou edrpou = edrpou(row, warnings);
		Rnokpp rnokpp = rnokpp(row);
		SizeBand size = size(row, warnings);
		var emails = emails(row, warnings);
		if (!problems.isEmpty()) {
			problems.addAll(warnings);
			return new Rejected(row.number(), problems);
		}
		Matcher inName = LEGAL_FORM_IN_NAME.matcher(name);
		if (legalForm.isEmpty() && inName.matches()) {
			legalForm = inName.group(1);
			name = inName.group(2) != null ? inName.group(2) : inName.group(3);
		}
		if (contact.isEmpty() && notes.size() == 1 && notes.get(0).length() <= CONTACT_MAX) {
			contact = notes.get(0); // "0675071739 (Іван)": the person to ask for
		}
		else {
			notes.forEach(note -> warnings.add(warning(row, ImportField.PHONE, "phone-note", note)));
		}
		var contacts = new ArrayList<NewContact>();
		if (!contact.isEmpty() || !emails.isEmpty()) {
			contacts.add(new NewContact(contact.isEmpty() ? "—" : contact, null, emails.isEmpty() ? null : emails.get(0), null));
		}
		for (int i = 1; i < emails.size(); i++) {
			contacts.add(new NewContact("—", null, emails.get(i), null));
		}
		var company = new NewCompany(name, blankToNull(legalForm), edrpou, blankToNull(industry), size,
				blankToNull(region), blankToNull(city), phones, contacts, rnokpp);
		return new Valid(row.number(), company, NameKey.of(company.name(), company.city()), List.copyOf(warnings));
	}

	/**
	 * A text field as it is stored: white space of any kind, line breaks in the cell included, as single
	 * spaces. A value that is not text or does not fit its column goes to {@code problems} (a warning for an
	 * optional field, which is then left out) and reads as empty.
	 */
	private String text(FileRow row, ImportField field, int max, List<RowProblem> problems) {
		String cell = cell(row, field);
		if (cell.isEmpty()) {
			return "";
		}
		var control = CONTROL.matcher(cell);
		boolean found = control.find();
		if (found || !wellFormed(cell)) {
			problems.add(problem(row, field, "control-character",
					found ? "U+%04X".formatted((int) control.group().charAt(0)) : "U+D800–U+DFFF"));
			return "";
		}
		String value = SPACES.matcher(cell).replaceAll(" ").strip();
		if (value.length() > max) {
			problems.add(problem(row, field, "too-long", String.valueOf(max)));
			return "";
		}
		return value;
	}

	/** Whether every surrogate of the text is half of a pair (a lone one cannot be stored as UTF-8). */
	private static boolean wellFormed(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	private List<PhoneNumber> phones(FileRow row, List<RowProblem> problems, List<RowProblem> warnings,
			List<String> notes) {
		String cell = cell(row, ImportField.PHONE);
		if (cell.isEmpty()) {
			problems.add(rejected(row, ImportField.PHONE, "no-phone", null));
			return List.of();
		}
		var valid = new LinkedHashSet<PhoneNumber>();
		var invalid = new ArrayList<String>();
		var scientific = new ArrayList<String>();
		var noted = PHONE_NOTE.matcher(cell);
		while (noted.find()) {
			notes.add(SPACES.matcher(noted.group(1)).replaceAll(" ").strip());
		}
		// before the cell is split at its commas: "3,80669E+11" is one number
		var inNotation = SCIENTIFIC_IN_CELL.matcher(cell);
		while (inNotation.find()) {
			scientific.add(inNotation.group());
		}
		String numbers = SCIENTIFIC_IN_CELL.matcher(PHONE_NOTE.matcher(cell).replaceAll(" ")).replaceAll(";");
		for (String part : PHONE_SEPARATORS.split(numbers)) {
			String number = SPACES.matcher(part).replaceAll(" ").strip();
			if (number.startsWith("'")) {
				number = number.substring(1).strip(); // typed so that Excel keeps it as text
			}
			if (number.isEmpty() || number.chars().allMatch(c -> c == '-' || c == '—' || c == '–')) {
				continue; // "-" for none
			}
			var extension = PHONE_EXTENSION.matcher(number);
			if (extension.find() && extension.start() > 0) {
				warnings.add(warning(row, ImportField.PHONE, "phone-extension", extension.group(1)));
				number = number.substring(0, extension.start());
			}
			var zeroFraction = NUMBER_WITH_ZERO_FRACTION.matcher(number);
			if (zeroFraction.matches()) {
				number = zeroFraction.group(1);
			}
			if (SCIENTIFIC.matcher(number).matches()) {
				scientific.add(number);
				continue;
			}
			String candidate = number;
			PhoneNumber.tryParse(candidate).ifPresentOrElse(valid::add, () -> invalid.add(candidate));
		}
		var unread = valid.isEmpty() ? problems : warnings;
		for (String number : scientific) {
			unread.add(problem(row, ImportField.PHONE, "scientific-phone", number, valid.isEmpty()));
		}
		if (!invalid.isEmpty()) {
			unread.add(problem(row, ImportField.PHONE, "invalid-phone", String.join(", ", invalid), valid.isEmpty()));
		}
		if (valid.isEmpty() && scientific.isEmpty() && invalid.isEmpty()) {
			problems.add(rejected(row, ImportField.PHONE, "no-phone", null));
		}
		return List.copyOf(valid);
	}

	private Edrpou edrpou(FileRow row, List<RowProblem> warnings) {
		String cell = cell(row, ImportField.EDRPOU);
		String code = codeIn(cell);
		if (code.isEmpty() || code.chars().allMatch(c -> c == '-' || c == '—' || c == '–')) {
			return null;
		}
		if (code.matches("\\d{10}")) {
			if (!Rnokpp.isValid(code)) {
				warnings.add(warning(row, ImportField.EDRPOU, "rnokpp-check-digit", code));
			}
			return null; // a sole trader's number, read by rnokpp()
		}
		if (!code.matches("\\d{5,8}")) {
			warnings.add(warning(row, ImportField.EDRPOU, "edrpou-shape", cell));
			return null;
		}
		if (!Edrpou.isValid(code)) {
			warnings.add(warning(row, ImportField.EDRPOU, "edrpou-check-digit", code));
			return null;
		}
		return Edrpou.of(code);
	}

	/** A sole trader's tax number where the EDRPOU column holds ten digits with a right check digit. */
	private Rnokpp rnokpp(FileRow row) {
		String code = codeIn(cell(row, ImportField.EDRPOU));
		return code.matches("\\d{10}") && Rnokpp.isValid(code) ? new Rnokpp(code) : null;
	}

	/** A code as typed, without spaces, a leading apostrophe or a ".0" a number cell left. */
	private static String codeIn(String cell) {
		String code = SPACES.matcher(cell.startsWith("'") ? cell.substring(1) : cell).replaceAll("");
		var zeroFraction = NUMBER_WITH_ZERO_FRACTION.matcher(code);
		return zeroFraction.matches() ? zeroFraction.group(1) : code;
	}

	/** A head count as people write it: "25", "25,0", "1 200", "50-100" (the middle), "понад 250". */
	private SizeBand size(FileRow row, List<RowProblem> warnings) {
		String cell = SPACES.matcher(cell(row, ImportField.EMPLOYEES)).replaceAll(" ").strip();
		if (cell.isEmpty() || cell.equals("-") || cell.equals("—")) {
			return null;
		}
		var count = HEAD_COUNT.matcher(DIGIT_GROUPS.matcher(cell).replaceAll(""));
		if (count.matches()) {
			try {
				long low = Long.parseLong(count.group(1));
				long high = count.group(2) == null ? low : Long.parseLong(count.group(2));
				if (high >= low) {
					return SizeBand.ofEmployees((int) Math.min(Integer.MAX_VALUE, (low + high) / 2));
				}
			}
			catch (NumberFormatException tooLong) {
				// more digits than any head count: not one
			}
		}
		warnings.add(warning(row, ImportField.EMPLOYEES, "not-a-head-count", cell));
		return null;
	}

	/** Every address in the cell; the ones that are not addresses are left out with a warning. */
	private List<EmailAddress> emails(FileRow row, List<RowProblem> warnings) {
		String cell = cell(row, ImportField.EMAIL);
		var emails = new ArrayList<EmailAddress>();
		if (cell.isEmpty() || cell.equals("-") || cell.equals("—")) {
			return emails;
		}
		if (cell.indexOf('@') < 0) {
			warnings.add(warning(row, ImportField.EMAIL, "invalid-email", shortened(cell)));
			return emails;
		}
		for (String part : EMAIL_SEPARATORS.split(cell)) {
			String address = ANGLE_BRACKETS.matcher(part.substring(part.lastIndexOf('<') + 1)).replaceAll("");
			address = address.regionMatches(true, 0, "mailto:", 0, 7) ? address.substring(7) : address;
			if (address.indexOf('@') < 0) {
				continue; // "Іван <ivan@firma.ua>", "ivan@firma.ua (бухгалтерія)": the words beside the address
			}
			try {
				var email = new EmailAddress(address);
				if (!emails.contains(email)) {
					emails.add(email);
				}
			}
			catch (IllegalArgumentException ex) {
				warnings.add(warning(row, ImportField.EMAIL, "invalid-email", shortened(address)));
			}
		}
		return emails;
	}

	private String cell(FileRow row, ImportField field) {
		return mapping.column(field).map(row::cell).map(String::strip).orElse("");
	}

	/** A problem of a required field rejects the row; of an optional one, it is a warning. */
	private RowProblem problem(FileRow row, ImportField field, String code, String value) {
		return problem(row, field, code, value, field.required());
	}

	private RowProblem problem(FileRow row, ImportField field, String code, String value, boolean rejects) {
		return rejects ? rejected(row, field, code, value) : warning(row, field, code, value);
	}

	private RowProblem rejected(FileRow row, ImportField field, String code, String value) {
		return RowProblem.rejected(row.number(), heading(mapping.column(field).orElse(-1)), code, value);
	}

	private RowProblem warning(FileRow row, ImportField field, String code, String value) {
		return RowProblem.warning(row.number(), heading(mapping.column(field).orElse(-1)), code, value);
	}

	private RowProblem note(FileRow row, int column, String code, String value) {
		return RowProblem.note(row.number(), heading(column), code, value);
	}

	private String heading(int column) {
		return column >= 0 && column < headings.size() && !headings.get(column).isBlank() ? headings.get(column)
				: "#" + (column + 1);
	}

	private static String shortened(String value) {
		return value.length() > 80 ? value.substring(0, 80) + "…" : value;
	}

	private static String blankToNull(String value) {
		return value.isBlank() ? null : value;
	}

}
