package ua.relay.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ua.relay.prospecting.ColumnMapping;
import ua.relay.prospecting.ImportField;
import ua.relay.prospecting.domain.ProspectRow;

/**
 * Thousands of files no one would make on purpose ({@link ImportFuzz}, seeded): each is read to its end
 * and every row checked, or refused as a whole with a reason. Nothing else may come out of the reader or
 * the checks.
 */
class ImportFuzzTests {

	private static final int CASES = 4_000;

	@Test
	void everyFileIsReadAndCheckedOrRefusedWithAReason() {
		var fuzz = new ImportFuzz(1_201L);
		var checks = new ProspectRow(List.of("Назва", "Телефон", "ЄДРПОУ", "Місто", "Працівників", "Контакт", "E-mail"),
				new ColumnMapping(Map.of(ImportField.NAME, 0, ImportField.PHONE, 1, ImportField.EDRPOU, 2, ImportField.CITY, 3,
						ImportField.EMPLOYEES, 4, ImportField.CONTACT, 5, ImportField.EMAIL, 6)));
		int read = 0;
		int refused = 0;
		var refusals = new java.util.TreeMap<String, Integer>();
		for (int i = 0; i < CASES; i++) {
			var file = fuzz.next(i);
			try {
				var table = TabularFiles.open(file.name(), file.content(), FileLimits.standard());
				assertThat(table.firstRows(10)).as(file.description()).hasSizeLessThanOrEqualTo(10);
				assertThat(table.headings()).as(file.description()).isNotNull();
				table.forEachRow(row -> assertThat(checks.check(row)).as(file.description()).isNotNull());
				read++;
			}
			catch (ImportFileException refusal) {
				assertThat(refusal.code()).as(file.description()).startsWith("import.");
				refused++;
				refusals.merge(file.description().replaceAll("#\\d+ ", "") + ": " + refusal.getMessage(), 1, Integer::sum);
			}
		}
		assertThat(read + refused).isEqualTo(CASES);
		assertThat(read).as("most files are read; refused: %s", refusals).isGreaterThan(CASES / 2);
		assertThat(refused).as("random bytes and damaged workbooks are refused").isGreaterThan(CASES / 10);
	}

	@Test
	void aRowOfAnythingIsCheckedIntoAnImportOrReasons() {
		var fuzz = new ImportFuzz(2_612L);
		var checks = new ProspectRow(List.of("Назва", "Телефон", "ЄДРПОУ", "Місто", "Працівників", "Контакт", "E-mail"),
				new ColumnMapping(Map.of(ImportField.NAME, 0, ImportField.PHONE, 1, ImportField.EDRPOU, 2, ImportField.CITY, 3,
						ImportField.EMPLOYEES, 4, ImportField.CONTACT, 5, ImportField.EMAIL, 6)));
		for (int i = 0; i < 20_000; i++) {
			var cells = List.of(fuzz.randomCell(), fuzz.randomCell(), fuzz.randomCell(), fuzz.randomCell(), fuzz.randomCell(),
					fuzz.randomCell(), fuzz.randomCell());
			var checked = checks.check(new FileRow(i + 2, cells, Set.of()));
			if (checked instanceof ProspectRow.Valid valid) {
				var company = valid.company();
				assertThat(company.name()).as("%s", cells).hasSizeBetween(1, 300).doesNotContain("\u0000");
				assertThat(company.phones()).as("%s", cells).isNotEmpty();
				assertThat(valid.nameKey()).as("%s", cells).hasSizeLessThanOrEqualTo(400);
				company.contacts().forEach(contact -> {
					assertThat(contact.fullName()).hasSizeLessThanOrEqualTo(200);
					if (contact.email() != null) {
						assertThat(contact.email().value()).hasSizeLessThanOrEqualTo(254);
					}
				});
				assertThat(company.city() == null || company.city().length() <= 100).as("%s", cells).isTrue();
			}
			else if (checked instanceof ProspectRow.Rejected rejected) {
				assertThat(rejected.problems()).as("%s", cells).isNotEmpty();
			}
		}
	}

}
