package ua.relay.platform.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import ua.relay.IntegrationTest;

/** Spooled rows reach their table as they were given, by COPY on PostgreSQL and in batches on H2. */
@IntegrationTest
class BulkLoaderIT {

	@Autowired
	BulkLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void writesTextNullsIdsNumbersAndTimesAsGiven() {
		var id = UUID.randomUUID();
		var importId = UUID.randomUUID();
		var at = Instant.parse("2026-11-26T21:15:30.123456789Z");
		String awkward = "ТОВ \"Лист\", Київ;\nдругий рядок, \\ і 'лапки'";
		transactions.executeWithoutResult(status -> {
			try (var rows = loader.spool("prospecting_prospect", "id", "company_id", "status", "priority", "attempts",
					"import_id", "source", "industry", "created_at", "version")) {
				rows.add(id, UUID.randomUUID(), "QUEUED", 100, 0, importId, awkward, "", at, 0);
				rows.add(UUID.randomUUID(), UUID.randomUUID(), "QUEUED", 7L, 0, importId, null, null, at, 0);
				assertThat(loader.load(rows)).isEqualTo(2);
			}
		});
		var row = jdbc.sql("select source, industry, priority, created_at from prospecting_prospect where id = ?")
			.param(id)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getInt(3),
					rs.getObject(4, OffsetDateTime.class) })
			.single();
		assertThat(row[0]).isEqualTo(awkward);
		assertThat(row[1]).as("an empty text stays empty, not null").isEqualTo("");
		assertThat(row[2]).isEqualTo(100);
		assertThat(((OffsetDateTime) row[3]).toInstant()).isEqualTo(Instant.parse("2026-11-26T21:15:30.123456Z"));
		assertThat(jdbc.sql("select count(*) from prospecting_prospect where import_id = ? and source is null")
			.param(importId).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void rowsLoadedInATransactionThatRollsBackAreGone() {
		var importId = UUID.randomUUID();
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			try (var rows = loader.spool("prospecting_prospect", "id", "company_id", "status", "priority", "attempts",
					"import_id", "created_at", "version")) {
				for (int i = 0; i < 5_000; i++) {
					rows.add(UUID.randomUUID(), UUID.randomUUID(), "QUEUED", 100, 0, importId,
							Instant.parse("2026-11-26T10:00:00Z"), 0);
				}
				loader.load(rows);
			}
			throw new IllegalStateException("the process fails after the load");
		})).hasMessageContaining("fails after");
		assertThat(jdbc.sql("select count(*) from prospecting_prospect where import_id = ?").param(importId)
			.query(Long.class).single()).isZero();
	}

	@Test
	void refusesALoadOutsideATransaction() {
		try (var rows = loader.spool("prospecting_prospect", "id")) {
			rows.add(UUID.randomUUID());
			assertThatThrownBy(() -> loader.load(rows)).hasMessageContaining("transaction");
		}
	}

}
