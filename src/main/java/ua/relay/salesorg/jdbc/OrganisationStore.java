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
		jdbc.sql("insert into salesorg_mode_change (id, mode, changed_at) values (?, ?, ?)")
			.params(java.util.UUID.randomUUID(), mode.name(), ua.relay.platform.SqlTime.of(now))
			.update();
		jdbc.sql("update salesorg_organisation set mode = ?, changed_at = ?, version = version + 1 where id = 1")
			.params(mode.name(), SqlTime.of(now))
			.update();
	}


	/** Each switch of the model with its time, the earliest first. */
	public java.util.NavigableMap<Instant, OrganisationMode> history() {
		var history = new java.util.TreeMap<Instant, OrganisationMode>();
		jdbc.sql("select changed_at, mode from salesorg_mode_change order by changed_at")
			.query(rs -> {
				history.put(ua.relay.platform.SqlTime.instant(rs, "changed_at"), OrganisationMode.valueOf(rs.getString("mode")));
			});
		return history;
	}

}
