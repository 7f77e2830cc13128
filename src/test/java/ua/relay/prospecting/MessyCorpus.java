package ua.relay.prospecting;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import ua.relay.party.SizeBand;
import ua.relay.platform.tabular.ExcelLikeWorkbook;
import ua.relay.shared.Edrpou;
import ua.relay.shared.Rnokpp;

/**
 * Prospect lists as Ukrainian sales teams make them, generated from a seed with what each row must
 * become: the same company written in every way people write phones, codes, head counts and e-mails,
 * with the mistakes, placeholders and notes found in real files, duplicates of earlier rows and of
 * companies Relay knows, and rows that must be refused; then written out as Excel and text editors write
 * them (Windows-1251, UTF-8 with and without a BOM, UTF-16 both ways, and workbooks with numbers as
 * numbers, formulas with their values, dates, hidden rows, a merged heading, a title and a second sheet).
 */
final class MessyCorpus {

	/** What a row must become. */
	sealed interface Expected permits Imported, Rejected, Duplicate, Skipped {
	}

	/**
	 * Imported with these phones (E.164), EDRPOU or a sole trader's РНОКПП, size band, name, contacts, and
	 * warnings and notes by code.
	 */
	record Imported(List<String> phones, String edrpou, String rnokpp, SizeBand band, String name, List<String> contacts,
			Set<String> warnings, Set<String> notes) implements Expected {
	}

	record Rejected(Set<String> codes) implements Expected {
	}

	/** A duplicate by {@code code}; {@code of}: the earlier row of the same file, or null (a company Relay knows). */
	record Duplicate(String code, Row of) implements Expected {
	}

	record Skipped() implements Expected {
	}

	/** A row's fields as text, or as workbook cells where a workbook stores them otherwise; and where it lands. */
	static final class Row {

		final String kind;

		final Map<String, Object> fields = new LinkedHashMap<>();

		Expected expected;

		/** Blank rows before this one. */
		int blankBefore;

		boolean hidden;

		/** The row number Excel shows, once written. */
		int number;

		Row(String kind) {
			this.kind = kind;
		}

		String text(String field) {
			Object value = fields.get(field);
			if (value == null) {
				return "";
			}
			if (value instanceof ExcelLikeWorkbook.Number number) {
				return number.value();
			}
			if (value instanceof ExcelLikeWorkbook.Formula formula) {
				return formula.cached() instanceof ExcelLikeWorkbook.Text text ? text.value()
						: ((ExcelLikeWorkbook.Number) formula.cached()).value();
			}
			if (value instanceof ExcelLikeWorkbook.Date date) {
				return String.valueOf(date.serial());
			}
			return (String) value;
		}

		@Override
		public String toString() {
			return "row " + number + " (" + kind + ") " + fields;
		}

	}

	/** A company Relay knows before the corpus is imported. */
	record Known(String name, String city, String phone, String edrpou) {
	}

	enum Format {

		WINDOWS_1251(Charset.forName("windows-1251"), new byte[0], ';'),
		UTF8_BOM(StandardCharsets.UTF_8, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, ';'),
		UTF8(StandardCharsets.UTF_8, new byte[0], ','),
		UTF16LE(StandardCharsets.UTF_16LE, new byte[] { (byte) 0xFF, (byte) 0xFE }, '\t'),
		UTF16BE_NO_BOM(StandardCharsets.UTF_16BE, new byte[0], '\t'),
		XLSX(null, null, ' ');

		final Charset charset;

		final byte[] bom;

		final char delimiter;

		Format(Charset charset, byte[] bom, char delimiter) {
			this.charset = charset;
			this.bom = bom;
			this.delimiter = delimiter;
		}

		boolean workbook() {
			return this == XLSX;
		}

	}

	static final List<String> HEADINGS = List.of("№", "Назва", "Телефон", "ЄДРПОУ", "Місто", "Працівників",
			"Контактна особа", "E-mail", "Примітка");

	private static final List<String> FIELDS = List.of("no", "name", "phone", "edrpou", "city", "employees", "contact",
			"email", "note");

	private static final String[] WORDS = { "Світанок", "Агроспектр", "Будмайстер", "Лан", "Вектор", "Зоря", "Ритм",
			"Дніпро-Транс", "Полісся", "Галич", "Оберіг", "Ґрунт", "Їжак", "Берегиня", "Мрія", "Стожари", "Прайм",
			"Карпати", "Дельта", "Енергія" };

	private static final String[] CITIES = { "Київ", "Львів", "Одеса", "Харків", "Дніпро", "Вінниця", "Біла Церква",
			"Кам'янець-Подільський", "Запоріжжя", "Ужгород" };

	private static final String[] PEOPLE = { "Іван Петренко", "Марія Коваль", "Олег Шевчук", "Ганна Ткаченко",
			"Юрій Бондар", "Світлана Мельник" };

	private static final String[] NOTES = { "", "", "передзвонити у вівторок", "--- дзвонити після 14:00 ---",
			"+ знижка 5%", "-", "=СУМ(A1)", "@офіс" };

	/** The kinds of mess; each row is one of them. */
	enum Kind {
		PLAIN, PHONE_INTERNATIONAL, PHONE_BRACKETS, PHONE_DIGITS, PHONE_EIGHT, PHONE_NO_BREAK_SPACES, PHONE_APOSTROPHE,
		PHONE_ZERO_FRACTION, PHONES_SLASH, PHONES_ABO, PHONES_CHY, PHONES_PIPE, PHONES_LINES, PHONES_SEMICOLON,
		PHONE_NOTE_NAMES_CONTACT, PHONE_NOTE_BESIDE_CONTACT, PHONE_EXTENSION, LANDLINE, PHONE_SCIENTIFIC,
		PHONE_SCIENTIFIC_BESIDE_GOOD, PHONE_TOO_SHORT, PHONE_EMPTY, PHONE_PLACEHOLDER, PHONE_WITH_GARBAGE,
		NAME_LEGAL_FORM, NAME_ON_TWO_LINES, NAME_NUL, NAME_TOO_LONG, NAME_LOOKS_LIKE_FORMULA, NAME_EMPTY,
		NAME_AND_CITY_AT_THEIR_LIMITS, EDRPOU_LOST_ZERO, EDRPOU_CHECK_DIGIT, EDRPOU_RNOKPP, EDRPOU_ZERO_FRACTION,
		EDRPOU_SPACES, EDRPOU_SCIENTIFIC, EMPLOYEES_RANGE, EMPLOYEES_THOUSANDS, EMPLOYEES_DECIMAL, EMPLOYEES_WORDS,
		CITY_TOO_LONG, CITY_PREFIXED, EMAILS_TWO, EMAIL_NOT_AN_ADDRESS, EMAIL_TOO_LONG, EMAIL_WITH_NAME,
		DUPLICATE_PHONE, DUPLICATE_EDRPOU, DUPLICATE_NAME, KNOWN_PHONE, KNOWN_EDRPOU, KNOWN_NAME_IN_LATIN_LETTERS,
		BLANK_ROWS_BEFORE,
		// workbooks only
		PHONE_AS_NUMBER, EDRPOU_AS_NUMBER, EMPLOYEES_AS_DATE, NAME_BY_FORMULA, HIDDEN_ROW, SECOND_PHONE_COLUMN;

		static final Set<Kind> WORKBOOK_ONLY = EnumSet.of(PHONE_AS_NUMBER, EDRPOU_AS_NUMBER, EMPLOYEES_AS_DATE,
				NAME_BY_FORMULA, HIDDEN_ROW, SECOND_PHONE_COLUMN);
	}

	private final Random random;

	private final List<Known> known;

	private int serial;

	private int knownUsed;

	private final int base;

	/**
	 * {@code base}: where this run's phone numbers and codes start, apart from the other tests' and from
	 * earlier runs on the same database.
	 */
	MessyCorpus(long seed, int base, List<Known> known) {
		this.random = new Random(seed);
		this.base = base;
		this.known = known;
	}

	/** Companies to import before the corpus, so that it has companies Relay knows to repeat. */
	static List<Known> known(int base, int count) {
		var known = new ArrayList<Known>();
		for (int i = 0; i < count; i++) {
			known.add(new Known("ТОВ «Відома " + WORDS[i % WORDS.length] + " " + (base + i) + "»", CITIES[i % CITIES.length],
					"099" + "%07d".formatted((base + i) % 10_000_000), edrpou((base + i) % 100_000)));
		}
		return known;
	}

	static String knownCsv(List<Known> known) {
		var csv = new StringBuilder("Назва;Телефон;ЄДРПОУ;Місто\n");
		known.forEach(k -> csv.append('"').append(k.name().replace("\"", "\"\"")).append('"').append(';')
			.append(k.phone()).append(';').append(k.edrpou()).append(';').append(k.city()).append('\n'));
		return csv.toString();
	}

	/** {@code count} rows for a file in this format: every kind the format can carry, then kinds at random. */
	List<Row> rows(Format format, int count) {
		var kinds = new ArrayList<Kind>();
		for (Kind kind : Kind.values()) {
			if (format.workbook() || !Kind.WORKBOOK_ONLY.contains(kind)) {
				kinds.add(kind);
			}
		}
		var rows = new ArrayList<Row>();
		for (int i = 0; i < count; i++) {
			Kind kind = i < kinds.size() ? kinds.get(i) : kinds.get(random.nextInt(kinds.size()));
			rows.add(row(kind, rows, format));
		}
		for (int i = 0; i < rows.size(); i++) {
			rows.get(i).fields.put("no", format.workbook() && i % 7 == 0
					? new ExcelLikeWorkbook.Formula("ROW()-1", new ExcelLikeWorkbook.Number(String.valueOf(i + 1)))
					: String.valueOf(i + 1));
		}
		return rows;
	}

	private String phone() {
		return "073" + "%07d".formatted((base + serial++) % 10_000_000);
	}

	private static String e164(String national) {
		return "+38" + national;
	}

	private static String edrpou(int firstSevenAsNumber) {
		return Edrpou.withCheckDigit("%07d".formatted(firstSevenAsNumber % 10_000_000)).value();
	}

	private String newEdrpou() {
		return edrpou(9_000_000 + (base + serial++) % 1_000_000);
	}

	private <T> T pick(T[] values) {
		return values[random.nextInt(values.length)];
	}

	private Row row(Kind kind, List<Row> earlier, Format format) {
		var row = new Row(kind.name());
		String word = pick(WORDS) + " " + (base + serial++);
		String name = "«" + word + "»";
		String phone = phone();
		String city = pick(CITIES);
		boolean withCode = random.nextBoolean();
		String code = withCode ? newEdrpou() : null;
		String contact = random.nextInt(3) == 0 ? pick(PEOPLE) : "";
		row.fields.put("name", "ТОВ " + name);
		row.fields.put("phone", phone);
		row.fields.put("edrpou", code == null ? "" : code);
		row.fields.put("city", city);
		row.fields.put("employees", "");
		row.fields.put("contact", contact);
		row.fields.put("email", "");
		row.fields.put("note", pick(NOTES));
		var phones = new ArrayList<>(List.of(e164(phone)));
		var warnings = new java.util.TreeSet<String>();
		var notes = new java.util.TreeSet<String>();
		var contacts = new ArrayList<String>(contact.isEmpty() ? List.of() : List.of(contact));
		String storedName = word;
		SizeBand band = null;
		String storedCode = code;
		String storedRnokpp = null;
		Expected expected = null;
		String national = phone.substring(1);
		switch (kind) {
			case PLAIN -> {
			}
			case PHONE_INTERNATIONAL -> row.fields.put("phone", "+380 " + national.substring(0, 2) + " " + national.substring(2, 5)
					+ " " + national.substring(5, 7) + " " + national.substring(7));
			case PHONE_BRACKETS -> row.fields.put("phone", "+38 (0" + national.substring(0, 2) + ") " + national.substring(2, 5)
					+ "-" + national.substring(5, 7) + "-" + national.substring(7));
			case PHONE_DIGITS -> row.fields.put("phone", "380" + national);
			case PHONE_EIGHT -> row.fields.put("phone", "8 0" + national.substring(0, 2) + " " + national.substring(2));
			case PHONE_NO_BREAK_SPACES -> row.fields.put("phone", "0" + national.substring(0, 2) + "\u00A0" + national.substring(2, 5)
					+ "\u00A0" + national.substring(5, 7) + "\u00A0" + national.substring(7));
			case PHONE_APOSTROPHE -> row.fields.put("phone", "'" + phone);
			case PHONE_ZERO_FRACTION -> row.fields.put("phone", "380" + national + ".0");
			case PHONES_SLASH, PHONES_ABO, PHONES_CHY, PHONES_PIPE, PHONES_LINES, PHONES_SEMICOLON -> {
				String second = phone();
				String between = switch (kind) {
					case PHONES_SLASH -> " / ";
					case PHONES_ABO -> " або ";
					case PHONES_CHY -> " чи ";
					case PHONES_PIPE -> " | ";
					case PHONES_LINES -> "\n";
					default -> "; ";
				};
				row.fields.put("phone", phone + between + second);
				phones.add(e164(second));
			}
			case PHONE_NOTE_NAMES_CONTACT -> {
				row.fields.put("contact", "");
				row.fields.put("phone", phone + " (Оксана)");
				contacts.clear();
				contacts.add("Оксана");
			}
			case PHONE_NOTE_BESIDE_CONTACT -> {
				row.fields.put("contact", "Петро Гнатюк");
				row.fields.put("phone", phone + " (бухгалтерія)");
				contacts.clear();
				contacts.add("Петро Гнатюк");
				warnings.add("phone-note");
			}
			case PHONE_EXTENSION -> {
				row.fields.put("phone", phone + " доб. 2" + random.nextInt(10));
				warnings.add("phone-extension");
			}
			case LANDLINE -> {
				String landline = "322" + "%06d".formatted((base + serial++) % 1_000_000);
				row.fields.put("phone", "(0" + landline.substring(0, 2) + ") " + landline.substring(2, 5) + "-"
						+ landline.substring(5, 7) + "-" + landline.substring(7));
				phones.set(0, "+380" + landline);
			}
			case PHONE_SCIENTIFIC -> {
				row.fields.put("phone", "3.80" + national.substring(0, 4) + "E+11");
				expected = new Rejected(Set.of("scientific-phone"));
			}
			case PHONE_SCIENTIFIC_BESIDE_GOOD -> {
				row.fields.put("phone", phone + ", 3,8097E+11");
				warnings.add("scientific-phone");
			}
			case PHONE_TOO_SHORT -> {
				row.fields.put("phone", "12-34-5");
				expected = new Rejected(Set.of("invalid-phone"));
			}
			case PHONE_EMPTY -> {
				row.fields.put("phone", "");
				expected = new Rejected(Set.of("no-phone"));
			}
			case PHONE_PLACEHOLDER -> {
				row.fields.put("phone", "-");
				expected = new Rejected(Set.of("no-phone"));
			}
			case PHONE_WITH_GARBAGE -> {
				row.fields.put("phone", phone + "; уточнити");
				warnings.add("invalid-phone");
			}
			case NAME_LEGAL_FORM -> row.fields.put("name", pick(new String[] { "ТОВ \"" + word + "\"", "ПП «" + word + "»",
					"ТОВ “" + word + "”" }));
			case NAME_ON_TWO_LINES -> {
				row.fields.put("name", "ТОВ «" + word + "»\nфілія №2");
				storedName = "«" + word + "» філія №2";
			}
			case NAME_NUL -> {
				row.fields.put("name", "ТОВ «" + word + "\u0000»");
				expected = new Rejected(Set.of("control-character"));
			}
			case NAME_TOO_LONG -> {
				row.fields.put("name", word + " " + "Довга назва ".repeat(30));
				expected = new Rejected(Set.of("too-long"));
			}
			case NAME_LOOKS_LIKE_FORMULA -> {
				row.fields.put("name", "=HYPERLINK(\"http://" + word.replace(' ', '-') + ".ua\")");
				storedName = (String) row.fields.get("name");
			}
			case NAME_EMPTY -> {
				row.fields.put("name", "");
				expected = new Rejected(Set.of("no-name"));
			}
			case NAME_AND_CITY_AT_THEIR_LIMITS -> {
				storedName = (word + " ").repeat(40).substring(0, 300).strip();
				row.fields.put("name", storedName);
				row.fields.put("city", "К".repeat(100));
			}
			case EDRPOU_LOST_ZERO -> {
				storedCode = edrpou(100_000 + (base + serial++) % 900_000);
				row.fields.put("edrpou", storedCode.substring(1));
			}
			case EDRPOU_CHECK_DIGIT -> {
				String valid = newEdrpou();
				row.fields.put("edrpou", valid.substring(0, 7) + (char) ('0' + (valid.charAt(7) - '0' + 1) % 10));
				storedCode = null;
				warnings.add("edrpou-check-digit");
			}
			case EDRPOU_RNOKPP -> {
				row.fields.put("name", "ФОП " + word);
				storedRnokpp = Rnokpp.withCheckDigit("3" + "%08d".formatted((base + serial++) % 100_000_000)).value();
				row.fields.put("edrpou", storedRnokpp);
				storedCode = null;
			}
			case EDRPOU_ZERO_FRACTION -> {
				storedCode = newEdrpou();
				row.fields.put("edrpou", storedCode + ".0");
			}
			case EDRPOU_SPACES -> {
				storedCode = newEdrpou();
				row.fields.put("edrpou", storedCode.substring(0, 4) + " " + storedCode.substring(4));
			}
			case EDRPOU_SCIENTIFIC -> {
				row.fields.put("edrpou", "3.12345E+7");
				storedCode = null;
				warnings.add("edrpou-shape");
			}
			case EMPLOYEES_RANGE -> {
				row.fields.put("employees", "50-100");
				band = SizeBand.MEDIUM;
			}
			case EMPLOYEES_THOUSANDS -> {
				row.fields.put("employees", "1\u00A0200");
				band = SizeBand.LARGE;
			}
			case EMPLOYEES_DECIMAL -> {
				row.fields.put("employees", "25,0");
				band = SizeBand.SMALL;
			}
			case EMPLOYEES_WORDS -> {
				row.fields.put("employees", "багато");
				warnings.add("not-a-head-count");
			}
			case CITY_TOO_LONG -> {
				row.fields.put("city", "Село ".repeat(25));
				warnings.add("too-long");
			}
			case CITY_PREFIXED -> row.fields.put("city", "м. " + city);
			case EMAILS_TWO -> {
				row.fields.put("contact", "");
				row.fields.put("email", "office@" + word.hashCode() + ".ua, buh@" + word.hashCode() + ".ua");
				contacts.clear();
				contacts.add("—");
				contacts.add("—");
			}
			case EMAIL_NOT_AN_ADDRESS -> {
				row.fields.put("email", "пошта@");
				warnings.add("invalid-email");
			}
			case EMAIL_TOO_LONG -> {
				row.fields.put("email", "a".repeat(60) + "@" + "b".repeat(197) + ".ua");
				warnings.add("invalid-email");
			}
			case EMAIL_WITH_NAME -> {
				row.fields.put("contact", "Ірина Лисенко");
				row.fields.put("email", "Ірина <iryna@" + Math.abs(word.hashCode()) + ".ua>");
				contacts.clear();
				contacts.add("Ірина Лисенко");
			}
			case DUPLICATE_PHONE, DUPLICATE_EDRPOU, DUPLICATE_NAME -> {
				Row of = earlierImported(earlier, kind);
				if (of == null) {
					break; // nothing to repeat yet: a plain row
				}
				var first = (Imported) of.expected;
				if (kind == Kind.DUPLICATE_PHONE) {
					row.fields.put("phone", "+" + first.phones().get(0).substring(1));
					expected = new Duplicate("duplicate-in-file.phone", of);
				}
				else if (kind == Kind.DUPLICATE_EDRPOU) {
					row.fields.put("edrpou", first.edrpou());
					expected = new Duplicate("duplicate-in-file.edrpou", of);
				}
				else {
					row.fields.put("edrpou", "");
					row.fields.put("name", of.fields.get("name") instanceof String text ? text.toUpperCase() : of.text("name"));
					row.fields.put("city", of.text("city"));
					expected = new Duplicate("duplicate-in-file.name", of);
				}
			}
			case KNOWN_PHONE, KNOWN_EDRPOU, KNOWN_NAME_IN_LATIN_LETTERS -> {
				var company = known.get(knownUsed++ % known.size()); // each once, or it would repeat an earlier row
				if (kind == Kind.KNOWN_PHONE) {
					row.fields.put("phone", company.phone());
					row.fields.put("edrpou", "");
					expected = new Duplicate("duplicate-known.phone", null);
				}
				else if (kind == Kind.KNOWN_EDRPOU) {
					row.fields.put("edrpou", company.edrpou());
					expected = new Duplicate("duplicate-known.edrpou", null);
				}
				else {
					row.fields.put("edrpou", "");
					row.fields.put("name", latinLookAlikes(company.name()));
					row.fields.put("city", company.city());
					expected = new Duplicate("duplicate-known.name", null);
				}
			}
			case BLANK_ROWS_BEFORE -> row.blankBefore = 1 + random.nextInt(3);
			case PHONE_AS_NUMBER -> row.fields.put("phone", new ExcelLikeWorkbook.Number("380" + national));
			case EDRPOU_AS_NUMBER -> {
				storedCode = edrpou(100_000 + (base + serial++) % 900_000);
				row.fields.put("edrpou", new ExcelLikeWorkbook.Number(String.valueOf(Integer.parseInt(storedCode))));
			}
			case EMPLOYEES_AS_DATE -> {
				row.fields.put("employees", new ExcelLikeWorkbook.Date(46_027));
				warnings.add("not-a-head-count");
			}
			case NAME_BY_FORMULA -> {
				row.fields.put("name", new ExcelLikeWorkbook.Formula("CONCATENATE(\"ТОВ «\",\"" + word + "\",\"»\")",
						new ExcelLikeWorkbook.Text("ТОВ «" + word + "»")));
				notes.add("formula-value");
			}
			case HIDDEN_ROW -> {
				row.hidden = true;
				expected = new Skipped();
			}
			case SECOND_PHONE_COLUMN -> {
				String second = phone();
				row.fields.put("phone2", second);
				phones.add(e164(second));
			}
		}
		if (format.workbook() && row.fields.get("name") instanceof String text && text.indexOf('\u0000') >= 0) {
			// a workbook cannot hold a NUL: Excel writes it as _x0000_, read back as the text it is
			row.fields.put("name", text.replace("\u0000", ""));
			expected = null;
			storedName = word;
		}
		row.expected = expected != null ? expected
				: new Imported(List.copyOf(phones), storedCode, storedRnokpp, band, storedName, List.copyOf(contacts),
						Set.copyOf(warnings), Set.copyOf(notes));
		return row;
	}

	/** An earlier row that was imported and can be repeated by this kind (by its EDRPOU, it needs one). */
	private Row earlierImported(List<Row> earlier, Kind kind) {
		for (int tries = 0; tries < 20 && !earlier.isEmpty(); tries++) {
			var row = earlier.get(random.nextInt(earlier.size()));
			if (row.expected instanceof Imported imported && !row.hidden
					&& (kind != Kind.DUPLICATE_EDRPOU || imported.edrpou() != null)
					&& (kind != Kind.DUPLICATE_NAME || (row.fields.get("name") instanceof String
							&& !row.kind.startsWith("NAME_AND_CITY") && !row.kind.equals("NAME_LOOKS_LIKE_FORMULA")))) {
				return row;
			}
		}
		return null;
	}

	/** The name as someone typed it with Latin letters where they look Cyrillic: "TOB «Bідома…»". */
	private static String latinLookAlikes(String name) {
		var latin = new StringBuilder();
		String cyrillic = "АВСЕНІКМОРТХаеіорсух";
		String twins = "ABCEHIKMOPTXaeiopcyx";
		for (char c : name.toCharArray()) {
			int at = cyrillic.indexOf(c);
			latin.append(at >= 0 ? twins.charAt(at) : c);
		}
		return latin.toString();
	}

	/** The rows as a file in this format, with their row numbers as Excel shows them set. */
	static byte[] write(List<Row> rows, Format format) {
		return format.workbook() ? workbook(rows) : text(rows, format);
	}

	private static byte[] text(List<Row> rows, Format format) {
		var out = new StringBuilder();
		int line = 1;
		out.append("Список для обдзвону — ").append(format.name()).append(format.delimiter).append('\n');
		line++;
		out.append('\n');
		line++;
		out.append(String.join(String.valueOf(format.delimiter), HEADINGS)).append('\n');
		for (var row : rows) {
			for (int i = 0; i < row.blankBefore; i++) {
				out.append('\n');
				line++;
			}
			row.number = ++line;
			var cells = new ArrayList<String>();
			for (String field : FIELDS) {
				cells.add(quoted(row.text(field), format.delimiter));
			}
			out.append(String.join(String.valueOf(format.delimiter), cells)).append('\n');
		}
		byte[] text = out.toString().replace("\n", format == Format.WINDOWS_1251 ? "\r\n" : "\n").getBytes(format.charset);
		byte[] file = new byte[format.bom.length + text.length];
		System.arraycopy(format.bom, 0, file, 0, format.bom.length);
		System.arraycopy(text, 0, file, format.bom.length, text.length);
		return file;
	}

	/** As Excel quotes a cell: when it holds the delimiter, a quote or a line break. */
	private static String quoted(String cell, char delimiter) {
		return cell.indexOf(delimiter) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
				? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
	}

	/**
	 * A workbook whose first sheet is hidden (a reference list), then the list: a title and a blank row above
	 * the headings, "Телефон" merged over two columns, then a second visible sheet nobody asked for.
	 */
	private static byte[] workbook(List<Row> rows) {
		var workbook = new ExcelLikeWorkbook();
		workbook.hiddenSheet("Довідник").text(1, 0, "Міста").text(2, 0, "Київ");
		var sheet = workbook.sheet("Клієнти");
		sheet.text(1, 0, "Список для обдзвону на грудень");
		var columns = List.of("no", "name", "phone", "phone2", "edrpou", "city", "employees", "contact", "email", "note");
		var headings = List.of("№", "Назва", "Телефон", "", "ЄДРПОУ", "Місто", "Працівників", "Контактна особа", "E-mail",
				"Примітка");
		for (int i = 0; i < headings.size(); i++) {
			if (!headings.get(i).isEmpty()) {
				sheet.text(3, i, headings.get(i));
			}
		}
		sheet.merge("C3:D3");
		int number = 3;
		for (var row : rows) {
			number += row.blankBefore + 1;
			row.number = number;
			for (int i = 0; i < columns.size(); i++) {
				Object value = row.fields.get(columns.get(i));
				if (value instanceof String text && !text.isEmpty()) {
					sheet.text(number, i, text);
				}
				else if (value instanceof ExcelLikeWorkbook.Cell cell) {
					sheet.cell(number, i, cell);
				}
			}
			if (row.hidden) {
				sheet.hideRow(number);
			}
		}
		workbook.sheet("Аркуш2").text(1, 0, "Назва").text(1, 1, "Телефон").text(2, 0, "Не звідси").text(2, 1, "0671111111");
		return workbook.bytes();
	}

}
