package ua.relay.prospecting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.platform.DomainException;
import ua.relay.platform.Role;
import ua.relay.platform.tabular.ImportFuzz;

/**
 * Files no one would make on purpose ({@link ImportFuzz}, seeded), uploaded and run into the real
 * database: each ends in a report whose numbers add up, or in a refusal with a reason; none fails the
 * way a database fails (a value too long for its column, a byte it cannot store).
 */
@IntegrationTest
class ImportFuzzIT {

	private static final int CASES = 250;

	@Autowired
	ProspectImports imports;

	@Autowired
	Staffing staffing;

	@Test
	void everyFileEndsInAReportOrARefusal() {
		var head = staffing.hire(Role.HEAD);
		var fuzz = new ImportFuzz(9_071L);
		int reports = 0;
		int refusals = 0;
		for (int i = 0; i < CASES; i++) {
			var file = fuzz.next(i);
			ImportPreview preview;
			try {
				preview = imports.upload(file.name(), file.content(), head);
			}
			catch (DomainException refusal) {
				assertThat(refusal.kind()).as(file.description()).isEqualTo(DomainException.Kind.INVALID);
				refusals++;
				continue;
			}
			var mapping = preview.suggested() != null ? preview.suggested()
					: new ColumnMapping(Map.of(ImportField.NAME, 0, ImportField.PHONE, 1));
			ImportReport report;
			try {
				report = imports.run(preview.importId(), mapping, i % 2 == 0 ? ImportMode.VALID_ROWS : ImportMode.ALL_OR_NOTHING,
						i % 3 == 0);
			}
			catch (DomainException refusal) {
				// a quote never closed far below the rows the preview read: refused as the run reaches it
				assertThat(refusal.kind()).as(file.description()).isEqualTo(DomainException.Kind.INVALID);
				assertThat(imports.report(preview.importId()).failure()).as(file.description()).isNotBlank();
				refusals++;
				continue;
			}
			assertThat(report.status()).as(file.description()).isIn("IMPORTED", "REFUSED");
			if (report.status().equals("IMPORTED")) {
				assertThat(report.imported() + report.duplicates() + report.rejected() + report.skipped())
					.as(file.description() + ": every row read is accounted for").isEqualTo(report.rowsRead());
			}
			else {
				assertThat(report.rejected()).as(file.description() + ": refused for its rejected rows").isPositive();
				assertThat(report.imported()).isZero();
			}
			reports++;
		}
		assertThat(reports + refusals).isEqualTo(CASES);
		assertThat(reports).isGreaterThan(CASES / 3);
	}

}
