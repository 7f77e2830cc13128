package ua.relay.prospecting.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.party.CompanyId;
import ua.relay.platform.SqlTime;
import ua.relay.prospecting.ImportMode;
import ua.relay.prospecting.ImportReport;
import ua.relay.prospecting.RowProblem;
import ua.relay.prospecting.domain.SelectionCriteria;

/** Uploaded prospect lists, their reports, and the prospects each brought in. */
@Repository
public class ImportStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	ImportStore(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	public record Upload(UUID id, String fileName, byte[] content, String status) {
	}

	public void insertUpload(UUID id, String fileName, byte[] content, UUID by, Instant at) {
		jdbc.sql("""
				insert into prospecting_import (id, file_name, content, status, uploaded_by, uploaded_at, version)
				values (?, ?, ?, 'UPLOADED', ?, ?, 0)
				""")
			.params(id, fileName, content, by, SqlTime.of(at))
			.update();
	}

	public Optional<Upload> findUpload(UUID id) {
		return jdbc.sql("select id, file_name, content, status from prospecting_import where id = ?")
			.param(id)
			.query((rs, n) -> new Upload(rs.getObject(1, UUID.class), rs.getString(2), rs.getBytes(3), rs.getString(4)))
			.optional();
	}

	/** Ends an upload with its report; the file itself is dropped. False if it was not waiting any more. */
	public boolean finish(UUID id, String status, ImportMode mode, int read, int imported, int duplicates,
			int rejected, List<RowProblem> problems, Instant at) {
		return jdbc.sql("""
				update prospecting_import
				set status = ?, mode = ?, rows_read = ?, imported = ?, duplicates = ?, rejected = ?, problems = ?,
				    finished_at = ?, content = null, version = version + 1
				where id = ? and status = 'UPLOADED'
				""")
			.params(status, mode.name(), read, imported, duplicates, rejected, ProblemsText.write(problems),
					SqlTime.of(at), id)
			.update() == 1;
	}

	public void markUndone(UUID id, int undone) {
		jdbc.sql("update prospecting_import set status = 'UNDONE', undone = ?, version = version + 1 where id = ?")
			.params(undone, id)
			.update();
	}

	/** A company to queue, with what the selection criteria look at and the campaign that selects it. */
	public record Queued(CompanyId company, SelectionCriteria.Facts facts, UUID campaign) {
	}

	public void insertProspects(List<Queued> queued, int priority, UUID importId) {
		var rows = new ArrayList<Object[]>(queued.size());
		for (Queued q : queued) {
			rows.add(new Object[] { UUID.randomUUID(), q.company().value(), priority, importId, q.facts().source(),
					q.facts().industry(), q.facts().sizeBand(), q.facts().region(), q.campaign() });
		}
		batch.batchUpdate("""
				insert into prospecting_prospect (id, company_id, status, priority, attempts, import_id, source, industry,
				                                  size_band, region, campaign_id, created_at, version)
				values (?, ?, 'QUEUED', ?, 0, ?, ?, ?, ?, ?, ?, current_timestamp, 0)
				""", rows);
	}

	/** Deletes the prospects of an import that nobody has touched yet, and returns their companies. */
	public List<CompanyId> deleteUntouchedProspects(UUID importId) {
		var untouched = jdbc.sql("""
				select company_id from prospecting_prospect
				where import_id = ? and status = 'QUEUED' and attempts = 0 and holder_id is null
				""")
			.param(importId)
			.query(UUID.class)
			.list();
		jdbc.sql("""
				delete from prospecting_prospect
				where import_id = ? and status = 'QUEUED' and attempts = 0 and holder_id is null
				""")
			.param(importId)
			.update();
		return untouched.stream().map(CompanyId::new).toList();
	}

	public Optional<ImportReport> report(UUID id) {
		return jdbc.sql("select " + SUMMARY + ", problems from prospecting_import where id = ?")
			.param(id)
			.query((rs, n) -> report(rs, ProblemsText.read(rs.getString("problems"))))
			.optional();
	}

	/** The latest imports without their row problems, for the list. */
	public List<ImportReport> latest(int limit) {
		return jdbc.sql("select " + SUMMARY + " from prospecting_import order by uploaded_at desc limit :limit")
			.param("limit", limit)
			.query((rs, n) -> report(rs, List.of()))
			.list();
	}

	private static final String SUMMARY = """
			id, file_name, status, mode, rows_read, imported, duplicates, rejected, undone, uploaded_at, finished_at""";

	private static ImportReport report(ResultSet rs, List<RowProblem> problems) throws SQLException {
		String mode = rs.getString("mode");
		return new ImportReport(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getString("status"),
				mode == null ? null : ImportMode.valueOf(mode), rs.getInt("rows_read"), rs.getInt("imported"),
				rs.getInt("duplicates"), rs.getInt("rejected"), rs.getInt("undone"), SqlTime.instant(rs, "uploaded_at"),
				SqlTime.instant(rs, "finished_at"), problems);
	}

}
