package ua.relay.prospecting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ua.relay.party.NewCompany.NewContact;
import ua.relay.party.SizeBand;
import ua.relay.prospecting.ColumnMapping;
import ua.relay.prospecting.ImportField;
import ua.relay.prospecting.RowProblem;
import ua.relay.platform.tabular.FileRow;
import ua.relay.shared.PhoneNumber;
import ua.relay.shared.Rnokpp;

/** A row of a prospect list as people fill it in: what goes in, what is left out with a warning, what rejects it. */
class ProspectRowTests {

	private static final List<String> HEADINGS = List.of("№", "Назва", "Телефон", "ЄДРПОУ", "Місто", "Працівників",
			"Контакт", "E-mail");

	private static final ProspectRow ROWS = new ProspectRow(HEADINGS,
			new ColumnMapping(Map.of(ImportField.NAME, 1, ImportField.PHONE, 2, ImportField.EDRPOU, 3, ImportField.CITY, 4,
					ImportField.EMPLOYEES, 5, ImportField.CONTACT, 6, ImportField.EMAIL, 7)));

	private static ProspectRow.Checked check(String name, String phone, String edrpou, String city, String employees,
			String contact, String email) {
		return ROWS.check(new FileRow(7, List.of("1", name, phone, edrpou, city, employees, contact, email), Set.of()));
	}

	private static ProspectRow.Checked phone(String phone) {
		return check("ТОВ «Світанок»", phone, "", "Київ", "", "", "");
	}

	private static List<String> codes(List<RowProblem> problems) {
		return problems.stream().map(RowProblem::code).toList();
	}

	static Stream<Arguments> phones() {
		return Stream.of(Arguments.of("+380 44 123 45 67 / +380 67 123 45 67", List.of("+380441234567", "+380671234567")),
				Arguments.of("0671234567 або 0501234567", List.of("+380671234567", "+380501234567")),
				Arguments.of("0671234567 чи 0501234567", List.of("+380671234567", "+380501234567")),
				Arguments.of("0671234567 | 0501234567", List.of("+380671234567", "+380501234567")),
				Arguments.of("0671234567;0501234567", List.of("+380671234567", "+380501234567")),
				Arguments.of("380967390963.0", List.of("+380967390963")),
				Arguments.of("'0671234567", List.of("+380671234567")),
				Arguments.of("(044) 123-45-67", List.of("+380441234567")),
				Arguments.of("0671234567\n0501234567", List.of("+380671234567", "+380501234567")),
				Arguments.of("+38\u00A0067\u00A0123\u00A045\u00A067", List.of("+380671234567")));
	}

	@ParameterizedTest
	@MethodSource
	void phones(String cell, List<String> expected) {
		assertThat(phone(cell)).isInstanceOfSatisfying(ProspectRow.Valid.class, valid -> {
			assertThat(valid.company().phones()).extracting(PhoneNumber::e164).containsExactlyElementsOf(expected);
			assertThat(valid.warnings()).isEmpty();
		});
	}

	@Test
	void aNoteBesideTheNumberNamesThePersonToAskFor() {
		assertThat(phone("0675071739 (Іван)")).isInstanceOfSatisfying(ProspectRow.Valid.class, valid -> {
			assertThat(valid.company().phones()).extracting(PhoneNumber::e164).containsExactly("+380675071739");
			assertThat(valid.company().contacts()).extracting(NewContact::fullName).containsExactly("Іван");
		});
		var withContact = check("ТОВ «Світанок»", "0675071739 (Іван)", "", "Київ", "", "Марія Коваль", "");
		assertThat(withContact).isInstanceOfSatisfying(ProspectRow.Valid.class,
				valid -> assertThat(valid.warnings()).extracting(RowProblem::code, RowProblem::value)
					.containsExactly(org.assertj.core.groups.Tuple.tuple("phone-note", "Іван")));
	}

	@Test
	void anExtensionIsSaidToBeLeftOut() {
		assertThat(phone("+380 44 123 45 67 доб. 45")).isInstanceOfSatisfying(ProspectRow.Valid.class, valid -> {
			assertThat(valid.company().phones()).extracting(PhoneNumber::e164).containsExactly("+380441234567");
			assertThat(valid.warnings()).extracting(RowProblem::code, RowProblem::value)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("phone-extension", "45"));
		});
	}

	@Test
	void aNumberInScientificNotationIsNeverGuessed() {
		assertThat(phone("3.806695E+11")).isInstanceOfSatisfying(ProspectRow.Rejected.class,
				rejected -> assertThat(rejected.problems()).extracting(RowProblem::code, RowProblem::kind)
					.containsExactly(org.assertj.core.groups.Tuple.tuple("scientific-phone", RowProblem.Kind.REJECTED)));
		assertThat(phone("0671234567, 3,80669E+11")).isInstanceOfSatisfying(ProspectRow.Valid.class, valid -> {
			assertThat(valid.company().phones()).extracting(PhoneNumber::e164).containsExactly("+380671234567");
			assertThat(codes(valid.warnings())).containsExactly("scientific-phone");
		});
	}

	@Test
	void aPlaceholderIsNoPhone() {
		assertThat(phone("-")).isInstanceOfSatisfying(ProspectRow.Rejected.class,
				rejected -> assertThat(codes(rejected.problems())).containsExactly("no-phone"));
	}

	static Stream<Arguments> headCounts() {
		return Stream.of(Arguments.of("25", SizeBand.SMALL), Arguments.of("25,0", SizeBand.SMALL),
				Arguments.of("1\u00A0200", SizeBand.LARGE), Arguments.of("1 200", SizeBand.LARGE),
				Arguments.of("50-100", SizeBand.MEDIUM), Arguments.of("5–9", SizeBand.MICRO),
				Arguments.of("понад 250", SizeBand.LARGE), Arguments.of("10+", SizeBand.SMALL),
				Arguments.of("близько 30 осіб", SizeBand.SMALL));
	}

	@ParameterizedTest
	@MethodSource
	void headCounts(String cell, SizeBand band) {
		assertThat(check("А", "0671234567", "", "", cell, "", "")).isInstanceOfSatisfying(ProspectRow.Valid.class, valid -> {
			assertThat(valid.company().sizeBand()).isEqualTo(band);
			assertThat(valid.warnings()).isEmpty();
		});
	}

	@Test
	void optionalValuesThatCannotBeReadAreWarningsAndTheRowGoesIn() {
		String code = ua.relay.shared.Edrpou.withCheckDigit("1436057").value();
		String wrongCheckDigit = code.substring(0, 7) + (char) ('0' + (code.charAt(7) - '0' + 1) % 10);
		var checked = check("А", "0671234567", wrongCheckDigit, "Київ", "багато", "", "не пошта");
		assertThat(checked).isInstanceOfSatisfying(ProspectRow.Valid.class, valid -> {
			assertThat(valid.company().edrpou()).isNull();
			assertThat(valid.company().sizeBand()).isNull();
			assertThat(valid.company().contacts()).isEmpty();
			assertThat(valid.warnings()).extracting(RowProblem::code)
				.containsExactly("edrpou-check-digit", "not-a-head-count", "invalid-email");
			assertThat(valid.warnings()).extracting(RowProblem::kind).containsOnly(RowProblem.Kind.WARNING);
		});
	}

	@Test
	void aSoleTradersTaxNumberInTheEdrpouColumnDoesNotRejectTheRow() {
		String rnokpp = Rnokpp.withCheckDigit("312345678").value();
		assertThat(check("ФОП Петренко", "0671234567", rnokpp, "", "", "", "")).isInstanceOfSatisfying(
				ProspectRow.Valid.class, valid -> {
					assertThat(valid.company().rnokpp()).isEqualTo(new Rnokpp(rnokpp));
					assertThat(valid.company().edrpou()).isNull();
					assertThat(valid.company().legalForm()).isEqualTo("ФОП");
					assertThat(valid.warnings()).isEmpty();
				});
		String wrong = rnokpp.substring(0, 9) + (char) ('0' + (rnokpp.charAt(9) - '0' + 1) % 10);
		assertThat(check("ФОП Петренко", "0671234568", wrong, "", "", "", "")).isInstanceOfSatisfying(
				ProspectRow.Valid.class, valid -> {
					assertThat(valid.company().rnokpp()).isNull();
					assertThat(codes(valid.warnings())).containsExactly("rnokpp-check-digit");
				});
	}

	@Test
	void twoAddressesInOneCellAreBothKept() {
		var checked = check("А", "0671234567", "", "", "", "Олена", "olena@firma.ua, Бухгалтерія <buh@firma.ua>");
		assertThat(checked).isInstanceOfSatisfying(ProspectRow.Valid.class, valid -> {
			assertThat(valid.company().contacts()).extracting(c -> c.email().value())
				.containsExactly("olena@firma.ua", "buh@firma.ua");
			assertThat(valid.company().contacts().get(0).fullName()).isEqualTo("Олена");
			assertThat(valid.warnings()).isEmpty();
		});
	}

	@Test
	void everyValueIsCheckedAgainstTheColumnItGoesTo() {
		String longAddress = "a".repeat(60) + "@" + "b".repeat(197) + ".ua"; // 262 characters, the shape of an address
		var checked = check("Назва\u0000з нулем", "0671234567", "", "М".repeat(101), "", "", longAddress);
		assertThat(checked).isInstanceOfSatisfying(ProspectRow.Rejected.class,
				rejected -> assertThat(rejected.problems()).extracting(RowProblem::code, RowProblem::kind).containsExactly(
						org.assertj.core.groups.Tuple.tuple("control-character", RowProblem.Kind.REJECTED),
						org.assertj.core.groups.Tuple.tuple("too-long", RowProblem.Kind.WARNING),
						org.assertj.core.groups.Tuple.tuple("invalid-email", RowProblem.Kind.WARNING)));

		var longest = check("Н".repeat(300), "0671234567", "", "К".repeat(100), "", "", "");
		assertThat(longest).isInstanceOfSatisfying(ProspectRow.Valid.class,
				valid -> assertThat(valid.nameKey()).hasSizeLessThanOrEqualTo(400));
	}

	@Test
	void aCellOnSeveralLinesIsOneLineOfText() {
		assertThat(check("ТОВ «Альфа»\nфілія  №2", "0671234567", "", " Київ ", "", "", ""))
			.isInstanceOfSatisfying(ProspectRow.Valid.class, valid -> {
				assertThat(valid.company().name()).isEqualTo("«Альфа» філія №2");
				assertThat(valid.company().city()).isEqualTo("Київ");
			});
	}

	@Test
	void textThatASpreadsheetWouldRunIsKeptAsText() {
		assertThat(check("=HYPERLINK(\"http://evil\")", "+380 67 123 45 67", "", "", "", "", ""))
			.isInstanceOfSatisfying(ProspectRow.Valid.class,
					valid -> assertThat(valid.company().name()).isEqualTo("=HYPERLINK(\"http://evil\")"));
	}

}
