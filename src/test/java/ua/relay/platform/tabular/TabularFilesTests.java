package ua.relay.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TabularFilesTests {

	private static final FileLimits LIMITS = FileLimits.standard();

	private static List<FileRow> rows(TabularFile file) {
		var rows = new ArrayList<FileRow>();
		file.forEachRow(rows::add);
		return rows;
	}

	@Test
	void readsUtf8WithABomAndSemicolons() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = "Назва;Телефон\nТОВ «Світанок»;044 123 45 67\n".getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[bom.length + text.length];
		System.arraycopy(bom, 0, content, 0, 3);
		System.arraycopy(text, 0, content, 3, text.length);
		var file = TabularFiles.open("list.csv", content, LIMITS);
		assertThat(file.format()).isEqualTo("CSV · UTF-8 · ;");
		assertThat(file.headings()).containsExactly("Назва", "Телефон");
		assertThat(rows(file)).singleElement().satisfies(row -> {
			assertThat(row.number()).isEqualTo(2);
			assertThat(row.cells()).containsExactly("ТОВ «Світанок»", "044 123 45 67");
		});
	}

	@Test
	void readsWindows1251WithCommas() {
		var content = "Назва,Місто,Телефон\n\"Пекарня, ТОВ\",Київ,0671234567\n".getBytes(Charset.forName("windows-1251"));
		var file = TabularFiles.open("list.csv", content, LIMITS);
		assertThat(file.format()).isEqualTo("CSV · Windows-1251 · ,");
		assertThat(rows(file).get(0).cells()).containsExactly("Пекарня, ТОВ", "Київ", "0671234567");
	}

	@Test
	void readsTabs() {
		var file = TabularFiles.open("list.tsv", "Назва\tТелефон\nА\t0671234567\n".getBytes(StandardCharsets.UTF_8), LIMITS);
		assertThat(file.format()).endsWith("tab");
		assertThat(rows(file).get(0).cells()).containsExactly("А", "0671234567");
	}

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"x\")", "+380 44 123 45 67 / +380 67 123 45 67", "-", "--- дзвонити після 14:00 ---",
			"+ знижка 5%" })
	void keepsTextAsTextWhateverItStartsWith(String cell) {
		var file = TabularFiles.open("list.csv", ("Назва;Примітка\nА;" + cell.replace("\"", "\"\"").transform(c -> "\"" + c + "\"")
				+ "\n").getBytes(StandardCharsets.UTF_8), LIMITS);
		assertThat(rows(file)).singleElement().satisfies(row -> {
			assertThat(row.cell(1)).isEqualTo(cell);
			assertThat(row.formulaColumns()).isEmpty();
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "UTF-16LE", "UTF-16BE" })
	void readsExcelsUnicodeTextWithOrWithoutItsBom(String charset) {
		String text = "Назва\tТелефон\tМісто\r\nТОВ «Ґрунт»\t+380 67 123 45 67\tБіла Церква\r\n";
		byte[] bare = text.getBytes(Charset.forName(charset));
		byte[] bom = charset.endsWith("LE") ? new byte[] { (byte) 0xFF, (byte) 0xFE } : new byte[] { (byte) 0xFE, (byte) 0xFF };
		byte[] withBom = new byte[bare.length + 2];
		System.arraycopy(bom, 0, withBom, 0, 2);
		System.arraycopy(bare, 0, withBom, 2, bare.length);
		for (byte[] content : List.of(withBom, bare)) {
			var file = TabularFiles.open("list.txt", content, LIMITS);
			assertThat(file.format()).isEqualTo("CSV · UTF-16 · tab");
			assertThat(file.headings()).containsExactly("Назва", "Телефон", "Місто");
			assertThat(rows(file).get(0).cells()).containsExactly("ТОВ «Ґрунт»", "+380 67 123 45 67", "Біла Церква");
		}
	}

	@Test
	void numbersRowsAsExcelDoesAfterBlankLinesAndPassesATitleAboveTheHeadings() {
		String csv = "Список клієнтів на 01.12.2026;;\n\nНазва;Телефон;Місто\nА;0671234567;Київ\n\n\n\"Б\nфілія\";0501234567;Львів\nВ;0931234567;Одеса\n";
		var file = TabularFiles.open("list.csv", csv.getBytes(StandardCharsets.UTF_8), LIMITS);

		assertThat(file.headings()).containsExactly("Назва", "Телефон", "Місто");
		assertThat(rows(file)).extracting(FileRow::number).containsExactly(4, 7, 8);
	}

	@Test
	void readsTextAfterAClosingQuoteAsExcelDoes() {
		var content = "Назва;Телефон\n\"Нова пошта\" ТОВ;0441234567\n".getBytes(StandardCharsets.UTF_8);
		assertThat(rows(TabularFiles.open("list.csv", content, LIMITS)).get(0).cells()).containsExactly("Нова пошта ТОВ",
				"0441234567");
	}

	@Test
	void refusesBrokenQuotesWithAClearMessage() {
		var content = "Назва;Телефон\n\"ТОВ Без кінця;0441234567\nІнша;0671234567\n".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> rows(TabularFiles.open("broken.csv", content, LIMITS)))
			.isInstanceOf(ImportFileException.class)
			.hasMessageContaining("quote");
	}

	@Test
	void refusesAnEmptyFile() {
		assertThatThrownBy(() -> TabularFiles.open("empty.csv", new byte[0], LIMITS)).hasMessageContaining("empty");
		assertThatThrownBy(() -> TabularFiles.open("blank.csv", "\n\n  \n".getBytes(StandardCharsets.UTF_8), LIMITS))
			.isInstanceOf(ImportFileException.class);
	}

	@Test
	void readsXlsxNumbersAsPeopleSeeThemAndMarksFormulas() throws IOException {
		var out = new ByteArrayOutputStream();
		try (var workbook = new Workbook(out, "Relay", "1.0")) {
			var sheet = workbook.newWorksheet("Лист1");
			sheet.value(0, 0, "Назва");
			sheet.value(0, 1, "Телефон");
			sheet.value(0, 2, "ЄДРПОУ");
			sheet.value(1, 0, "ТОВ «Рівне»");
			sheet.value(1, 1, 671234567L);
			sheet.value(1, 2, 14360570L);
			sheet.value(2, 0, "Формула");
			sheet.formula(2, 1, "B2*2");
		}
		var file = TabularFiles.open("list.xlsx", out.toByteArray(), LIMITS);
		var rows = rows(file);
		assertThat(file.format()).isEqualTo("XLSX");
		assertThat(rows.get(0).cells()).containsExactly("ТОВ «Рівне»", "671234567", "14360570");
		assertThat(rows.get(1).formulaColumns()).containsExactly(1);
	}

	@Test
	void readsAWorkbookAsItIsSeenFormulasByTheirValueDatesAsDatesAndATitleAboveTheHeadings() throws IOException {
		var out = new ByteArrayOutputStream();
		try (var workbook = new Workbook(out, "Relay", "1.0")) {
			var sheet = workbook.newWorksheet("Лист1");
			sheet.value(0, 0, "Список на 01.12.2026");
			sheet.value(2, 0, "№");
			sheet.value(2, 1, "Назва");
			sheet.value(2, 2, "Працівників");
			sheet.value(3, 0, 1);
			sheet.value(3, 1, "ТОВ «Рівне»");
			sheet.value(3, 2, java.time.LocalDate.of(2026, 1, 5));
			sheet.style(3, 2).format("dd.mm.yyyy").set();
			sheet.formula(4, 0, "A4+1");
			sheet.value(4, 1, "ПП «Дніпро»");
			sheet.value(4, 2, 25.0);
		}
		var file = TabularFiles.open("list.xlsx", out.toByteArray(), LIMITS);
		var rows = rows(file);

		assertThat(file.headings()).containsExactly("№", "Назва", "Працівників");
		assertThat(rows).extracting(FileRow::number).containsExactly(4, 5);
		assertThat(rows.get(0).cells()).containsExactly("1", "ТОВ «Рівне»", "05.01.2026");
		assertThat(rows.get(1).cell(2)).isEqualTo("25");
		assertThat(rows.get(1).formulaColumns()).containsExactly(0);
	}

	@Test
	void previewsTheFirstRowsOfALongWorkbookAndLetsWhatTheReaderOfTheRowsThrowsThrough() throws IOException {
		var out = new ByteArrayOutputStream();
		try (var workbook = new Workbook(out, "Relay", "1.0")) {
			var sheet = workbook.newWorksheet("Лист1");
			sheet.value(0, 0, "Назва");
			sheet.value(0, 1, "Телефон");
			for (int i = 1; i <= 25; i++) {
				sheet.value(i, 0, "Компанія " + i);
				sheet.value(i, 1, 380671234500L + i);
			}
		}
		var file = TabularFiles.open("list.xlsx", out.toByteArray(), LIMITS);

		assertThat(file.firstRows(10)).extracting(FileRow::number).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
		assertThat(rows(file)).hasSize(25);
		var ownFailure = new IllegalStateException("the database went away");
		assertThatThrownBy(() -> file.forEachRow(row -> {
			throw ownFailure;
		})).isSameAs(ownFailure);
	}

	@Test
	void marksHiddenRowsJoinsTheColumnsUnderAMergedHeadingAndReadsTheFirstVisibleSheet() throws IOException {
		var out = new ByteArrayOutputStream();
		try (var workbook = new Workbook(out, "Relay", "1.0")) {
			var notes = workbook.newWorksheet("Довідник");
			notes.value(0, 0, "не для імпорту");
			notes.setVisibilityState(org.dhatim.fastexcel.VisibilityState.HIDDEN);
			var sheet = workbook.newWorksheet("Київ");
			sheet.value(0, 0, "Назва");
			sheet.value(0, 1, "Телефон");
			sheet.range(0, 1, 0, 2).merge();
			sheet.value(0, 3, "Місто");
			sheet.value(1, 0, "ТОВ «Рівне»");
			sheet.value(1, 1, "0671234567");
			sheet.value(1, 2, "0441234567");
			sheet.value(1, 3, "Київ");
			sheet.value(2, 0, "Прихована");
			sheet.value(2, 1, "0501234567");
			sheet.hideRow(2);
			sheet.value(3, 0, "ПП «Дніпро»");
			sheet.value(3, 2, "0631234567");
			workbook.newWorksheet("Львів").value(0, 0, "Назва");
		}
		var file = TabularFiles.open("list.xlsx", out.toByteArray(), LIMITS);
		var rows = rows(file);

		assertThat(file.format()).isEqualTo("XLSX · Київ · 2/3");
		assertThat(file.headings()).containsExactly("Назва", "Телефон", "Телефон (2)", "Місто");
		assertThat(rows).extracting(FileRow::number).containsExactly(2, 3, 4);
		assertThat(rows).extracting(FileRow::hidden).containsExactly(false, true, false);
		assertThat(rows.get(0).cell(1)).isEqualTo("0671234567; 0441234567");
		assertThat(rows.get(2).cell(1)).isEqualTo("0631234567");
	}

	@Test
	void refusesAZipBombBeforeUnpackingIt() throws IOException {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 64; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		assertThat(out.size()).isLessThan(1024 * 1024);
		long started = System.nanoTime();
		assertThatThrownBy(() -> TabularFiles.open("bomb.xlsx", out.toByteArray(), new FileLimits(10_000_000, 100, 16L * 1024 * 1024)))
			.isInstanceOf(ImportFileException.class)
			.hasMessageContaining("unpacks to more than 16 MiB");
		assertThat(System.nanoTime() - started).as("refused fast").isLessThan(2_000_000_000L);
	}

	@Test
	void refusesAFileNamedXlsxThatIsNot() {
		assertThatThrownBy(() -> TabularFiles.open("list.xlsx", "Назва;Телефон".getBytes(StandardCharsets.UTF_8), LIMITS))
			.hasMessageContaining("not an XLSX");
	}

}
