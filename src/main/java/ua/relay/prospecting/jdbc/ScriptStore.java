package ua.relay.prospecting.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import ua.relay.platform.SqlTime;
import ua.relay.prospecting.ProspectId;
import ua.relay.prospecting.QualificationAnswer;
import ua.relay.prospecting.CallScript;

/** Script versions as JSON, and each prospect's walk through the script on the current call. */
@Repository
public class ScriptStore {

	private static final TypeReference<List<QualificationAnswer>> ANSWERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	ScriptStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Version(int version, CallScript script, Instant createdAt) {
	}

	public record Walk(String step, List<QualificationAnswer> answers) {
	}

	public Optional<Version> newest() {
		return jdbc.sql("select version, definition, created_at from prospecting_script order by version desc limit 1")
			.query((rs, n) -> new Version(rs.getInt(1), json.readValue(rs.getString(2), CallScript.class),
					SqlTime.instant(rs, "created_at")))
			.optional();
	}

	/** Saves a new version; two heads saving at once get different versions or one fails on the unique key. */
	public int insert(CallScript script, UUID by, Instant at) {
		int version = jdbc.sql("select coalesce(max(version), 0) + 1 from prospecting_script").query(Integer.class).single();
		jdbc.sql("""
				insert into prospecting_script (id, version, name, definition, created_by, created_at)
				values (?, ?, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), version, script.name(), json.writeValueAsString(script), by, SqlTime.of(at))
			.update();
		return version;
	}

	public Walk walk(ProspectId prospect) {
		return jdbc.sql("select script_step, qualification from prospecting_prospect where id = ?")
			.param(prospect.value())
			.query((rs, n) -> new Walk(rs.getString(1), answers(rs.getString(2))))
			.optional()
			.orElse(new Walk(null, List.of()));
	}

	public void saveWalk(ProspectId prospect, String step, List<QualificationAnswer> answers) {
		jdbc.sql("update prospecting_prospect set script_step = ?, qualification = ? where id = ?")
			.params(step, answers.isEmpty() ? null : json.writeValueAsString(answers), prospect.value())
			.update();
	}

	private List<QualificationAnswer> answers(String text) {
		return text == null ? new ArrayList<>() : new ArrayList<>(json.readValue(text, ANSWERS));
	}

}
