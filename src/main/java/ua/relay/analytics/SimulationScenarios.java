package ua.relay.analytics;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

import ua.relay.platform.Actor;
import ua.relay.platform.DomainException;
import ua.relay.platform.SqlTime;

/** Simulator scenarios saved by name, with everything a run needs, so a comparison can be run again. */
@Service
public class SimulationScenarios {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	SimulationScenarios(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	public record Saved(UUID id, String name, SimulationRuns.Request request, String savedBy, Instant savedAt) {
	}

	public UUID save(String name, SimulationRuns.Request request, Actor actor) {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw DomainException.invalid("scenario.name", "A scenario is named (up to 200 characters)");
		}
		var id = UUID.randomUUID();
		jdbc.sql("insert into analytics_scenario (id, name, request, saved_by, saved_at) values (?, ?, ?, ?, ?)")
			.params(id, name.strip(), json.writeValueAsString(request), actor.displayName(), SqlTime.of(clock.instant()))
			.update();
		return id;
	}

	public List<Saved> all() {
		return jdbc.sql("select id, name, request, saved_by, saved_at from analytics_scenario order by saved_at desc limit 50")
			.query((rs, n) -> new Saved(rs.getObject(1, UUID.class), rs.getString(2),
					json.readValue(rs.getString(3), SimulationRuns.Request.class), rs.getString(4),
					SqlTime.instant(rs, "saved_at")))
			.list();
	}

	public Saved get(UUID id) {
		return jdbc.sql("select id, name, request, saved_by, saved_at from analytics_scenario where id = ?")
			.param(id)
			.query((rs, n) -> new Saved(rs.getObject(1, UUID.class), rs.getString(2),
					json.readValue(rs.getString(3), SimulationRuns.Request.class), rs.getString(4),
					SqlTime.instant(rs, "saved_at")))
			.optional()
			.orElseThrow(() -> DomainException.notFound("scenario.not-found", "No scenario " + id));
	}

}
