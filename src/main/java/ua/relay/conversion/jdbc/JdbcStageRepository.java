package ua.relay.conversion.jdbc;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.conversion.domain.PipelineStages;
import ua.relay.conversion.domain.Stage;
import ua.relay.conversion.domain.StageKind;
import ua.relay.conversion.domain.StageRepository;

@Repository
class JdbcStageRepository implements StageRepository {

	private final JdbcClient jdbc;

	JdbcStageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public PipelineStages stages() {
		return new PipelineStages(jdbc.sql("select code, name_uk, name_en, position, kind, probability from conversion_stage")
			.query((rs, n) -> new Stage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					StageKind.valueOf(rs.getString(5)), rs.getInt(6)))
			.list());
	}

	@Override
	public void replace(List<Stage> stages) {
		jdbc.sql("delete from conversion_stage").update();
		for (Stage s : stages) {
			jdbc.sql("""
					insert into conversion_stage (code, name_uk, name_en, position, kind, probability)
					values (?, ?, ?, ?, ?, ?)
					""")
				.params(s.code(), s.nameUk(), s.nameEn(), s.position(), s.kind().name(), s.probability())
				.update();
		}
	}

	@Override
	public boolean inUse(String code) {
		return jdbc.sql("select count(*) from conversion_deal where stage = ?").param(code).query(Long.class).single() > 0;
	}

}
