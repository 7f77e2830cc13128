package ua.relay.prospecting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.platform.Actor;
import ua.relay.platform.Role;
import ua.relay.platform.tabular.ImportFileException;
import ua.relay.shared.PhoneNumber;

/** Prospect lists through the real parser, the real checks and the real database. */
@IntegrationTest
@AutoConfigureMockMvc
class ProspectImportsIT {

	/**
	 * Numbers unlikely to collide with earlier runs on a shared database, and apart from the other
	 * tests' (their phones are +38067…, their EDRPOU codes from 5,000,000).
	 */
	private static final AtomicInteger SEQUENCE = new AtomicInteger(1_000_000 + new java.util.Random().nextInt(3_000_000));

	@Autowired
	ProspectImports imports;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private Actor head;

	@BeforeEach
	void head() {
		head = staffing.hire(Role.HEAD);
	}

	private static String phone() {
		return "093%07d".formatted(SEQUENCE.incrementAndGet() % 10_000_000);
	}

	private static String name() {
		return "Імпорт " + SEQUENCE.incrementAndGet();
	}

	private long companies() {
		return jdbc.sql("select count(*) from party_company").query(Long.class).single();
	}

	private ImportReport run(String csv, Charset charset, ImportMode mode) {
		var preview = imports.upload("list.csv", csv.getBytes(charset), head);
		return imports.run(preview.importId(), preview.suggested(), mode);
	}

	@Test
	void importsTheValidRowsAndReportsEveryOtherOneWithItsReason() {
		String csv = """
				Назва;Телефон;ЄДРПОУ;Місто;Галузь;Працівників
				ТОВ «%s»;%s;;Київ;Агробізнес;25
				%s;8 %s, %s;;Львів;Меблі;
				%s;%s;;Одеса;;
				Без телефону;;;Київ;;
				%s;12345;;Київ;;
				%s;%s;14360571;Київ;;
				%s;%s;;Київ;;багато
				=HYPERLINK("http://evil/%s");%s;;Київ;;
				""".formatted(name(), phone(), name(), phone(), phone(), name(), phone(), name(), name(), phone(), name(),
				phone(), SEQUENCE.incrementAndGet(), phone());
		long before = companies();
		var report = run(csv, StandardCharsets.UTF_8, ImportMode.VALID_ROWS);

		assertThat(report.rowsRead()).isEqualTo(8);
		assertThat(report.imported()).as("an EDRPOU or a head count that cannot be read is left out, with a warning; "
				+ "the formula's text is a name like any other").isEqualTo(6);
		assertThat(report.warned()).isEqualTo(2);
		assertThat(report.rejected()).isEqualTo(2);
		assertThat(companies()).isEqualTo(before + 6);
		assertThat(report.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::kind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(5, "Телефон", RowProblem.Kind.REJECTED),
					org.assertj.core.groups.Tuple.tuple(6, "Телефон", RowProblem.Kind.REJECTED),
					org.assertj.core.groups.Tuple.tuple(7, "ЄДРПОУ", RowProblem.Kind.WARNING),
					org.assertj.core.groups.Tuple.tuple(8, "Працівників", RowProblem.Kind.WARNING));
		assertThat(report.problems()).filteredOn(p -> p.row() == 7).first()
			.satisfies(p -> assertThat(p.problem()).contains("check digit"));
		assertThat(jdbc.sql("select count(*) from party_phone p join prospecting_prospect r on r.company_id = p.company_id where r.import_id = ?")
			.param(report.importId()).query(Long.class).single()).as("both numbers of row 3 kept").isEqualTo(7);
	}

	@Test
	void nothingOneRowHoldsCanFailTheFile() {
		String longAddress = "a".repeat(60) + "@" + "b".repeat(197) + ".ua";
		String csv = """
				Назва;Телефон;Місто;E-mail
				%s;%s;Київ;
				З нулем\0 у назві;%s;Київ;
				%s;%s;Київ;%s
				%s;%s;%s;
				%s;%s;Київ;
				""".formatted(name(), phone(), phone(), name(), phone(), longAddress, (name() + " " + "Д".repeat(300)).substring(0, 300),
				phone(), "К".repeat(100),
				name(), "3.806695E+11");

		var report = run(csv, StandardCharsets.UTF_8, ImportMode.VALID_ROWS);

		assertThat(report.status()).isEqualTo("IMPORTED");
		assertThat(report.imported()).isEqualTo(3);
		assertThat(report.rejected()).isEqualTo(2);
		assertThat(report.problems()).extracting(RowProblem::row, RowProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "control-character"),
					org.assertj.core.groups.Tuple.tuple(4, "invalid-email"),
					org.assertj.core.groups.Tuple.tuple(6, "scientific-phone"));
		assertThat(jdbc.sql("select max(length(name_key)) from party_company where name like 'Імпорт%ДДД'").query(Integer.class)
			.single()).isLessThanOrEqualTo(400);
	}

	@Test
	void aKnownCompanysNewPhonesAndContactsAreAddedOnlyWhenAskedAndTakenBackWithTheImport() {
		String edrpou = ua.relay.shared.Edrpou.withCheckDigit("%07d".formatted(SEQUENCE.incrementAndGet() % 10_000_000)).value();
		String first = phone();
		String company = name();
		var known = run("Назва;Телефон;ЄДРПОУ;Контакт\n%s;%s;%s;Іван Петренко\n".formatted(company, first, edrpou),
				StandardCharsets.UTF_8, ImportMode.VALID_ROWS);
		assertThat(known.imported()).isEqualTo(1);
		String second = phone();
		String again = "Назва;Телефон;ЄДРПОУ;Контакт;E-mail\n%s;%s, %s;%s;Марія Коваль;maria@firma.ua\n".formatted(company, first,
				second, edrpou);

		var leftAlone = run(again, StandardCharsets.UTF_8, ImportMode.VALID_ROWS);
		assertThat(leftAlone.duplicates()).isEqualTo(1);
		assertThat(leftAlone.addedToKnown()).isZero();
		assertThat(phonesOf(edrpou)).containsExactly(PhoneNumber.parse(first).e164());

		var preview = imports.upload("list.csv", again.getBytes(StandardCharsets.UTF_8), head);
		var added = imports.run(preview.importId(), preview.suggested(), ImportMode.VALID_ROWS, true);
		assertThat(added.duplicates()).isEqualTo(1);
		assertThat(added.addedToKnown()).isEqualTo(1);
		assertThat(added.problems()).extracting(RowProblem::kind, RowProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(RowProblem.Kind.DUPLICATE, "duplicate-known.edrpou"),
					org.assertj.core.groups.Tuple.tuple(RowProblem.Kind.NOTE, "added-to-known"));
		assertThat(added.problems().get(1).value()).contains(PhoneNumber.parse(second).e164(), "Марія Коваль <maria@firma.ua>");
		assertThat(phonesOf(edrpou)).containsExactlyInAnyOrder(PhoneNumber.parse(first).e164(), PhoneNumber.parse(second).e164());
		assertThat(contactsOf(edrpou)).containsExactlyInAnyOrder("Іван Петренко", "Марія Коваль");

		imports.undo(added.importId());
		assertThat(phonesOf(edrpou)).containsExactly(PhoneNumber.parse(first).e164());
		assertThat(contactsOf(edrpou)).containsExactly("Іван Петренко");
	}

	private java.util.List<String> phonesOf(String edrpou) {
		return jdbc.sql("select p.e164 from party_phone p join party_company c on c.id = p.company_id where c.edrpou = ?")
			.param(edrpou).query(String.class).list();
	}

	private java.util.List<String> contactsOf(String edrpou) {
		return jdbc.sql("select p.full_name from party_contact p join party_company c on c.id = p.company_id where c.edrpou = ?")
			.param(edrpou).query(String.class).list();
	}

	@Test
	void anUploadTheApiRefusesToRunIsNotLeftWaiting() throws Exception {
		var principal = user(Staffing.principal(head));
		String file = "uploads-" + SEQUENCE.incrementAndGet() + ".csv";
		mvc.perform(multipart("/api/v1/prospecting/imports")
			.file(new MockMultipartFile("file", file, "text/csv", "Компанія;Номер\nА;0671234567\n".getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).with(principal)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("import.mapping-incomplete"));

		assertThat(jdbc.sql("select count(*) from prospecting_import where file_name = ?").param(file).query(Long.class).single())
			.isZero();
	}

	@Test
	void aWorkbookOfManyRowsIsPreviewedAndImportedWhole() throws java.io.IOException {
		var out = new java.io.ByteArrayOutputStream();
		try (var workbook = new org.dhatim.fastexcel.Workbook(out, "Relay", "1.0")) {
			var sheet = workbook.newWorksheet("Лист1");
			sheet.value(0, 0, "Назва");
			sheet.value(0, 1, "Телефон");
			for (int i = 1; i <= 30; i++) {
				sheet.value(i, 0, name());
				sheet.value(i, 1, phone());
			}
		}

		var preview = imports.upload("list.xlsx", out.toByteArray(), head);
		assertThat(preview.firstRows()).hasSize(10);
		var report = imports.run(preview.importId(), preview.suggested(), ImportMode.ALL_OR_NOTHING);

		assertThat(report.status()).isEqualTo("IMPORTED");
		assertThat(report.imported()).isEqualTo(30);
	}

	@Test
	void leavesOutDuplicatesWithinTheFileAndOfKnownCompanies() {
		String phone = phone();
		String edrpou = ua.relay.shared.Edrpou.withCheckDigit("%07d".formatted(SEQUENCE.incrementAndGet())).value();
		String city = "Житомир";
		String csv = """
				Назва,Телефон,ЄДРПОУ,Місто
				%s,%s,%s,%s
				%s,%s,,%s
				%s,%s,%s,%s
				""".formatted(name(), phone, edrpou, city, name(), phone, city, name(), phone(), edrpou, city);
		var first = run(csv, Charset.forName("windows-1251"), ImportMode.VALID_ROWS);
		assertThat(first.imported()).isEqualTo(1);
		assertThat(first.duplicates()).isEqualTo(2);
		assertThat(first.problems()).extracting(RowProblem::problem)
			.containsExactly("duplicate: the same phone as row 2", "duplicate: the same EDRPOU as row 2");

		var again = run(csv, Charset.forName("windows-1251"), ImportMode.VALID_ROWS);
		assertThat(again.imported()).isZero();
		assertThat(again.duplicates()).isEqualTo(3);
		assertThat(again.problems().get(0).problem()).contains("Relay knows this company by its EDRPOU");
	}

	@Test
	void allOrNothingWritesNothingWhenARowIsBad() {
		String csv = "Назва\tТелефон\n%s\t%s\n%s\tнемає\n".formatted(name(), phone(), name());
		long before = companies();
		var report = run(csv, StandardCharsets.UTF_8, ImportMode.ALL_OR_NOTHING);
		assertThat(report.status()).isEqualTo("REFUSED");
		assertThat(report.imported()).isZero();
		assertThat(report.rejected()).isEqualTo(1);
		assertThat(companies()).isEqualTo(before);
	}

	@Test
	void aBrokenFileIsRefusedWholeAndWritesNothing() {
		long before = companies();
		assertThatThrownBy(() -> imports.upload("broken.csv",
				"Назва;Телефон\n\"Без лапки;0441234567\n".getBytes(StandardCharsets.UTF_8), head))
			.isInstanceOf(ImportFileException.class);
		assertThatThrownBy(() -> imports.upload("empty.csv", new byte[0], head)).isInstanceOf(ImportFileException.class);
		assertThat(companies()).isEqualTo(before);
	}

	@Test
	void anImportIsUndoneAsAWholeExceptWhatWasWorkedMeanwhile() {
		String csv = "Назва;Телефон\n%s;%s\n%s;%s\n".formatted(name(), phone(), name(), phone());
		long before = companies();
		var report = run(csv, StandardCharsets.UTF_8, ImportMode.VALID_ROWS);
		assertThat(companies()).isEqualTo(before + 2);
		jdbc.sql("update prospecting_prospect set attempts = 1 where id = (select id from prospecting_prospect where import_id = ? order by id limit 1)")
			.param(report.importId())
			.update();

		var undone = imports.undo(report.importId());
		assertThat(undone.status()).isEqualTo("UNDONE");
		assertThat(undone.undone()).isEqualTo(1);
		assertThat(companies()).isEqualTo(before + 1);
		assertThatThrownBy(() -> imports.undo(report.importId())).hasMessageContaining("UNDONE");
	}

	@Test
	void theApiImportsWithAMappingByHeadingAndAnswersWithTheReport() throws Exception {
		var file = new MockMultipartFile("file", "клієнти.csv", "text/csv",
				"Компанія з ЄДРПОУ;Тел.;Що\n%s;%s;x\n%s;;y\n".formatted(name(), phone(), name()).getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/api/v1/prospecting/imports").file(file)
			.param("mapping", "{\"NAME\": \"Компанія з ЄДРПОУ\", \"PHONE\": \"Тел.\"}")
			.param("mode", "VALID_ROWS")
			.with(httpBasic(head.username(), Staffing.PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.rowsRead").value(2))
			.andExpect(jsonPath("$.imported").value(1))
			.andExpect(jsonPath("$.rejected").value(1))
			.andExpect(jsonPath("$.problems[0].row").value(3))
			.andExpect(jsonPath("$.problems[0].column").value("Тел."));

		var caller = staffing.hire(Role.CALLER);
		mvc.perform(multipart("/api/v1/prospecting/imports").file(file).with(httpBasic(caller.username(), Staffing.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(multipart("/api/v1/prospecting/imports")
			.file(new MockMultipartFile("file", "x.csv", "text/csv", "Щось;Інше\n1;2\n".getBytes(StandardCharsets.UTF_8)))
			.with(httpBasic(head.username(), Staffing.PASSWORD)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("import.mapping-incomplete"));
	}

	@Test
	void theHeadImportsThroughThePagesAndDownloadsTheProblems() throws Exception {
		var principal = user(Staffing.principal(head));
		var file = new MockMultipartFile("file", "з сайту.csv", "text/csv",
				"Назва;Телефон\n%s;%s\n%s;=1+1\n".formatted(name(), phone(), name()).getBytes(StandardCharsets.UTF_8));
		String preview = mvc.perform(multipart("/prospecting/manage/imports").file(file).with(csrf()).with(principal))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(preview).with(principal))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("CSV · UTF-8 · ;")));
		mvc.perform(post(preview + "/run").param("column.NAME", "0").param("column.PHONE", "1").param("mode", "VALID_ROWS")
			.with(csrf()).with(principal)).andExpect(redirectedUrl(preview));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get(preview).with(principal))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"imported\">1<"))));
		mvc.perform(get(preview + "/progress").with(principal))
			.andExpect(header().string("HX-Redirect", preview));
		byte[] csv = mvc.perform(get(preview + "/problems.csv").with(principal))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFРядок;Що зроблено;Колонка;Проблема");
		assertThat(text).contains("3;відхилено;Телефон;не схоже на номер телефону: =1+1").doesNotContain(";=");

		mvc.perform(post(preview + "/undo").with(csrf()).with(principal)).andExpect(redirectedUrl(preview));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get(preview).with(principal))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-undone\""))));
	}

	@Test
	void aFileFoundBrokenBelowItsPreviewSaysSoInThePagesLanguage() throws Exception {
		var principal = user(Staffing.principal(head));
		var csv = new StringBuilder("Назва;Телефон\n");
		for (int i = 0; i < 30; i++) {
			csv.append(name()).append(';').append(phone()).append('\n');
		}
		csv.append("\"Без кінця;").append(phone()).append('\n');
		String preview = mvc.perform(multipart("/prospecting/manage/imports")
			.file(new MockMultipartFile("file", "broken.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).with(principal)).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(post(preview + "/run").param("column.NAME", "0").param("column.PHONE", "1").param("mode", "VALID_ROWS")
			.with(csrf()).with(principal)).andExpect(redirectedUrl(preview));

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get(preview).with(principal))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-failure\"")))
			.andExpect(content().string(containsString("Файл не читається як CSV"))));
	}

	@Test
	void aSoleTraderIsKnownByTheOwnersTaxNumber() {
		String rnokpp = ua.relay.shared.Rnokpp.withCheckDigit("3%08d".formatted(SEQUENCE.incrementAndGet() % 100_000_000)).value();
		String csv = "Назва;Телефон;ЄДРПОУ\nФОП %s;%s;%s\nФОП %s;%s;%s\n".formatted(name(), phone(), rnokpp, name(), phone(),
				rnokpp);

		var first = run(csv, StandardCharsets.UTF_8, ImportMode.VALID_ROWS);
		assertThat(first.imported()).isEqualTo(1);
		assertThat(first.problems()).extracting(RowProblem::code, RowProblem::value)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("duplicate-in-file.rnokpp", "2"));
		assertThat(jdbc.sql("select legal_form, edrpou from party_company where rnokpp = ?").param(rnokpp).query().singleRow())
			.containsEntry("legal_form", "ФОП").containsEntry("edrpou", null);

		var again = run(csv, StandardCharsets.UTF_8, ImportMode.VALID_ROWS);
		assertThat(again.imported()).isZero();
		assertThat(again.problems()).extracting(RowProblem::code).startsWith("duplicate-known.rnokpp");
	}

	@Test
	void aRunOrAnUndoWhoseProcessStoppedSaysSoAndCanBeDoneAgain() {
		var preview = imports.upload("list.csv", "Назва;Телефон\n%s;%s\n".formatted(name(), phone()).getBytes(StandardCharsets.UTF_8),
				head);
		var id = preview.importId();
		stopped(id, "RUNNING");
		var afterRun = imports.report(id);
		assertThat(afterRun.status()).isEqualTo("UPLOADED");
		assertThat(afterRun.failureCode()).isEqualTo("import.stopped");
		assertThat(imports.run(id, preview.suggested(), ImportMode.VALID_ROWS).imported()).isEqualTo(1);

		stopped(id, "UNDOING");
		var afterUndo = imports.report(id);
		assertThat(afterUndo.status()).isEqualTo("IMPORTED");
		assertThat(afterUndo.failureCode()).isEqualTo("import.stopped");
		assertThat(imports.undo(id).status()).isEqualTo("UNDONE");
	}

	/** As a process that died half-way leaves its import: working on it, its heartbeat long gone. */
	private void stopped(java.util.UUID id, String status) {
		jdbc.sql("update prospecting_import set status = ?, progress_at = ? where id = ?")
			.params(status, ua.relay.platform.SqlTime.of(java.time.Instant.now().minus(Duration.ofMinutes(10))), id)
			.update();
	}

	@Test
	void importedProspectsReachTheCallersQueue() {
		String number = phone();
		var report = run("Назва;Телефон\n%s;%s\n".formatted(name(), number), StandardCharsets.UTF_8, ImportMode.VALID_ROWS);
		var queued = jdbc.sql("select status, priority, source from prospecting_prospect where import_id = ?")
			.param(report.importId()).query().singleRow();
		assertThat(queued).containsAllEntriesOf(Map.of("status", "QUEUED", "priority", 100, "source", "list.csv"));
	}

}
