package ua.relay.prospecting.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.platform.bulk.BulkLoader;
import ua.relay.platform.bulk.BulkRows;
import ua.relay.platform.Role;
import ua.relay.prospecting.ImportMode;
import ua.relay.prospecting.ProspectImports;

/**
 * The database fails half-way through a long file: the import leaves no trace but its waiting upload;
 * half-way through undoing it: the import stands as it was, and says why it was not undone.
 */
@IntegrationTest
class ImportRollbackIT {

	/** A store whose disk is full as it writes the prospects (after the companies went in), or as an undo ends. */
	static class FullDiskAtProspects extends ImportStore {

		static volatile boolean full = true;

		FullDiskAtProspects(JdbcClient jdbc, BulkLoader loader) {
			super(jdbc, loader);
		}

		@Override
		public void loadProspects(BulkRows spool, LongConsumer progress) {
			if (full) {
				throw new IllegalStateException("could not extend file: No space left on device");
			}
			super.loadProspects(spool, progress);
		}

		@Override
		public void markUndone(java.util.UUID id, int undone) {
			if (full) {
				throw new IllegalStateException("could not extend file: No space left on device");
			}
			super.markUndone(id, undone);
		}

	}

	@TestConfiguration
	static class FullDisk {

		@Bean
		@Primary
		ImportStore failingImportStore(JdbcClient jdbc, BulkLoader loader) {
			return new FullDiskAtProspects(jdbc, loader);
		}

	}

	@Autowired
	ProspectImports imports;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFailureMidFileLeavesTheDatabaseAsBefore() {
		var csv = new StringBuilder("Назва;Телефон\n");
		int base = (int) (System.nanoTime() % 5_000_000);
		for (int i = 0; i < 2_500; i++) {
			csv.append("Відкат ").append(base + i).append(";050").append("%07d".formatted(base + i)).append('\n');
		}
		var preview = imports.upload("big.csv", csv.toString().getBytes(StandardCharsets.UTF_8), staffing.hire(Role.HEAD));
		long companiesBefore = count("party_company");
		long prospectsBefore = count("prospecting_prospect");

		assertThatThrownBy(() -> imports.run(preview.importId(), preview.suggested(), ImportMode.VALID_ROWS))
			.hasMessageContaining("No space left");

		assertThat(count("party_company")).isEqualTo(companiesBefore);
		assertThat(count("prospecting_prospect")).isEqualTo(prospectsBefore);
		var report = imports.report(preview.importId());
		assertThat(report.status()).as("waiting to run again").isEqualTo("UPLOADED");
		assertThat(report.failure()).contains("No space left");
		assertThat(count("prospecting_import_problem where import_id = '" + preview.importId() + "'")).isZero();
	}

	@Test
	void aFailureMidUndoTakesNothingBack() {
		var csv = new StringBuilder("Назва;Телефон\n");
		int base = (int) (System.nanoTime() % 5_000_000);
		for (int i = 0; i < 1_500; i++) {
			csv.append("Скасування ").append(base + i).append(";066").append("%07d".formatted(base + i)).append('\n');
		}
		var preview = imports.upload("undo.csv", csv.toString().getBytes(StandardCharsets.UTF_8), staffing.hire(Role.HEAD));
		FullDiskAtProspects.full = false;
		try {
			imports.run(preview.importId(), preview.suggested(), ImportMode.VALID_ROWS);
		}
		finally {
			FullDiskAtProspects.full = true;
		}
		long companiesBefore = count("party_company");

		assertThatThrownBy(() -> imports.undo(preview.importId())).hasMessageContaining("No space left");

		assertThat(count("party_company")).isEqualTo(companiesBefore);
		assertThat(count("prospecting_prospect where import_id = '" + preview.importId() + "'")).isEqualTo(1_500);
		var report = imports.report(preview.importId());
		assertThat(report.status()).isEqualTo("IMPORTED");
		assertThat(report.undoable()).as("it can be undone again").isTrue();
		assertThat(report.failure()).contains("No space left");
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
