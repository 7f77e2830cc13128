package ua.relay.salesorg.jdbc;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.platform.SqlTime;
import ua.relay.salesorg.OrganisationMode;

@Repository
public class OrganisationStore {

	private final JdbcClient jdbc;

	OrganisationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public OrganisationMode mode() {
		return OrganisationMode.valueOf(
				jdbc.sql("select mode from salesorg_organisation where id = 1").query(String.class).single());
	}

	public void change(OrganisationMode mode, Instant now) {
		jdbc.sql("update salesorg_organisation set mode = ?, changed_at = ?, version = version + 1 where id = 1")
			.params(mode.name(), SqlTime.of(now))
			.update();
	}

}
