package ua.relay.prospecting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import ua.relay.FreshRelay;
import ua.relay.Staffing;
import ua.relay.platform.ApplicationClock;
import ua.relay.platform.DomainException;
import ua.relay.platform.Role;

/**
 * An import waiting at the gate while another sits in its last write looks alive to every instance, however
 * long that takes: its heartbeat is not held up by the other's, so nobody can start it a second time.
 */
class ImportHeartbeatIT {

	@Test
	void anImportWaitingBehindAnotherStaysAliveAndCannotBeStartedTwice() throws Exception {
		try (var relay = FreshRelay.start(Map.of("relay.prospecting.import-heartbeat", "500ms"));
				var other = relay.bean(DataSource.class).getConnection()) {
			var imports = relay.bean(ProspectImports.class);
			var jdbc = relay.bean(JdbcClient.class);
			var time = relay.bean(ApplicationClock.class);
			var head = relay.bean(Staffing.class).hire(Role.HEAD);
			var first = imports.upload("first.csv", "Назва;Телефон\nТОВ «Перший»;0931110001\n".getBytes(StandardCharsets.UTF_8), head);
			var second = imports.upload("second.csv", "Назва;Телефон\nТОВ «Другий»;0931110002\n".getBytes(StandardCharsets.UTF_8), head);

			// another import holds the gate, as one does through its whole write
			other.setAutoCommit(false);
			try (var gate = other.createStatement()) {
				gate.executeUpdate("update prospecting_import_gate set taken_at = current_timestamp where id = 1");
			}
			imports.runInBackground(first.importId(), first.suggested(), ImportMode.VALID_ROWS, false);
			imports.runInBackground(second.importId(), second.suggested(), ImportMode.VALID_ROWS, false);
			// the first's row is held as by its own last write: its heartbeat waits
			try (var row = other.prepareStatement("select id from prospecting_import where id = ? for update")) {
				row.setObject(1, first.importId());
				row.executeQuery().close();
			}

			time.setTo(time.instant().plus(Duration.ofMinutes(3))); // longer than an import may stay silent
			await().atMost(Duration.ofSeconds(10)).until(() -> beatSince(jdbc, second.importId(), time.instant().minusSeconds(60)));

			assertThatThrownBy(() -> imports.run(second.importId(), second.suggested(), ImportMode.VALID_ROWS))
				.isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.code()).isEqualTo("import.running"));
			assertThat(imports.report(second.importId()).status()).isEqualTo("RUNNING");

			other.rollback();
			await().atMost(Duration.ofSeconds(30)).until(() -> "IMPORTED".equals(imports.report(first.importId()).status())
					&& "IMPORTED".equals(imports.report(second.importId()).status()));
			time.resetToPresent();
		}
	}

	private static boolean beatSince(JdbcClient jdbc, UUID id, java.time.Instant since) {
		return jdbc.sql("select count(*) from prospecting_import where id = ? and progress_at >= ?")
			.params(id, ua.relay.platform.SqlTime.of(since))
			.query(Long.class)
			.single() == 1;
	}

}
