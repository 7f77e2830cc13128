package ua.relay.prospecting.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.party.CompanyId;
import ua.relay.platform.SqlTime;
import ua.relay.platform.bulk.BulkLoader;
import ua.relay.platform.bulk.BulkRows;
import ua.relay.platform.bulk.SequentialIds;
import ua.relay.prospecting.ImportMode;
import ua.relay.prospecting.ImportReport;
import ua.relay.prospecting.RowProblem;

/** Uploaded prospect lists (kept in pieces until run), their reports, and the prospects each brought in. */
@Repository
public class ImportStore {

	private static final int MAX_DETAIL = 1_000;

	private static final int MAX_COLUMN = 255;

	private final JdbcClient jdbc;

	private final BulkLoader loader;

	ImportStore(JdbcClient jdbc, BulkLoader loader) {
		this.jdbc = jdbc;
		this.loader = loader;
	}

	public record Upload(UUID id, String fileName, String status, Instant progressAt) {
	}

	public void insertUpload(UUID id, String fileName, UUID by, Instant at) {
		jdbc.sql("""
				insert into prospecting_import (id, file_name, status, uploaded_by, uploaded_at, version)
				values (?, ?, 'UPLOADED', ?, ?, 0)
				""")
			.params(id, fileName, by, SqlTime.of(at))
			.update();
	}

	public void insertChunk(UUID id, int seq, byte[] bytes) {
		jdbc.sql("insert into prospecting_import_chunk (import_id, seq, bytes) values (?, ?, ?)")
			.params(id, seq, bytes)
			.update();
	}

	/** The uploaded file, read one piece at a time. */
	public InputStream content(UUID id) {
		return new InputStream() {

			private int seq;

			private byte[] piece = new byte[0];

			private int at;

			@Override
			public int read() throws IOException {
				byte[] one = new byte[1];
				return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
			}

			@Override
			public int read(byte[] into, int offset, int length) {
				while (at == piece.length) {
					var next = jdbc.sql("select bytes from prospecting_import_chunk where import_id = ? and seq = ?")
						.params(id, seq)
						.query((rs, n) -> rs.getBytes(1))
						.optional();
					if (next.isEmpty()) {
						return -1;
					}
					seq++;
					piece = next.get();
					at = 0;
				}
				int n = Math.min(length, piece.length - at);
				System.arraycopy(piece, at, into, offset, n);
				at += n;
				return n;
			}

		};
	}

	/** The employee who uploaded the file, where an employee did. */
	public Optional<UUID> uploadedBy(UUID id) {
		return jdbc.sql("select uploaded_by from prospecting_import where id = :id and uploaded_by is not null")
			.param("id", id)
			.query(UUID.class)
			.optional();
	}

	public Optional<Upload> findUpload(UUID id) {
		return jdbc.sql("select id, file_name, status, progress_at from prospecting_import where id = ?")
			.param(id)
			.query((rs, n) -> new Upload(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					SqlTime.instant(rs, "progress_at")))
			.optional();
	}

	/**
	 * Marks an upload as running, unless it is running already: a run whose progress stopped before
	 * {@code staleBefore} died with its process (its transaction rolled back) and may be taken over.
	 */
	public boolean claimRun(UUID id, Instant now, Instant staleBefore) {
		return jdbc.sql("""
				update prospecting_import set status = 'RUNNING', rows_done = 0, progress_at = ?, failure = null, failure_code = null,
				                              version = version + 1
				where id = ? and (status = 'UPLOADED' or (status = 'RUNNING' and progress_at < ?))
				""")
			.params(SqlTime.of(now), id, SqlTime.of(staleBefore))
			.update() == 1;
	}

	public void progress(UUID id, int rowsDone, Instant at) {
		jdbc.sql("""
				update prospecting_import set rows_done = ?, phase = 'CHECKING', phase_done = ?, progress_at = ?
				where id = ? and status = 'RUNNING'
				""")
			.params(rowsDone, rowsDone, SqlTime.of(at), id)
			.update();
	}

	/** How far a run writing its rows, or an undo, has got: {@code done} of {@code total}. */
	public void phase(UUID id, String phase, long done, long total, Instant at) {
		jdbc.sql("""
				update prospecting_import set phase = ?, phase_done = ?, phase_total = ?, progress_at = ?
				where id = ? and status in ('RUNNING', 'UNDOING')
				""")
			.params(phase, (int) Math.min(Integer.MAX_VALUE, done), (int) Math.min(Integer.MAX_VALUE, total), SqlTime.of(at), id)
			.update();
	}

	/**
	 * Marks an import as being undone, unless it is already: an undo whose progress stopped before
	 * {@code staleBefore} died with its process (its transaction rolled back) and may be taken over.
	 */
	public boolean claimUndo(UUID id, Instant now, Instant staleBefore) {
		return jdbc.sql("""
				update prospecting_import set status = 'UNDOING', phase = 'UNDOING', phase_done = 0, phase_total = 0,
				                              progress_at = ?, failure = null, failure_code = null, version = version + 1
				where id = ? and ((status = 'IMPORTED' and (imported > 0 or added_to_known > 0))
				                  or (status = 'UNDOING' and progress_at < ?))
				""")
			.params(SqlTime.of(now), id, SqlTime.of(staleBefore))
			.update() == 1;
	}

	/** A run or undo in progress, said to be alive (its progress may not have moved). */
	public void alive(UUID id, Instant at) {
		jdbc.sql("update prospecting_import set progress_at = ? where id = ? and status in ('RUNNING', 'UNDOING')")
			.params(SqlTime.of(at), id)
			.update();
	}

	/**
	 * A run or undo whose process stopped before {@code staleBefore}: the run's upload waits again, the
	 * undone import stands as it was, both saying why; answers whether there was one.
	 */
	public boolean stopped(UUID id, Instant staleBefore) {
		int runs = jdbc.sql("""
				update prospecting_import set status = 'UPLOADED', phase = null, failure_code = 'import.stopped',
				                              failure = 'stopped', version = version + 1
				where id = ? and status = 'RUNNING' and progress_at < ?
				""")
			.params(id, SqlTime.of(staleBefore))
			.update();
		int undos = jdbc.sql("""
				update prospecting_import set status = 'IMPORTED', phase = null, failure_code = 'import.stopped',
				                              failure = 'stopped', version = version + 1
				where id = ? and status = 'UNDOING' and progress_at < ?
				""")
			.params(id, SqlTime.of(staleBefore))
			.update();
		return runs + undos > 0;
	}

	/** An undo that failed: the import stands as it was, with the reason. */
	public void undoFailed(UUID id, String reason) {
		jdbc.sql("""
				update prospecting_import set status = 'IMPORTED', phase = null, failure_code = null, failure = ?,
				                              version = version + 1
				where id = ?
				""")
			.params(reason.length() > MAX_DETAIL ? reason.substring(0, MAX_DETAIL) : reason, id)
			.update();
	}

	/** A run that failed: the upload waits again, with the reason (and its code, where it has one). */
	public void failed(UUID id, String code, String reason) {
		jdbc.sql("""
				update prospecting_import set status = 'UPLOADED', phase = null, failure_code = ?, failure = ?,
				                              version = version + 1
				where id = ?
				""")
			.params(code, storable(cut(reason, MAX_DETAIL)), id)
			.update();
	}

	/** Keeps other imports out until this transaction ends. */
	public void enterGate(Instant at) {
		jdbc.sql("update prospecting_import_gate set taken_at = ? where id = 1").param(SqlTime.of(at)).update();
	}

	public BulkRows problemSpool() {
		return loader.spool("prospecting_import_problem", "import_id", "row_no", "column_name", "kind", "code", "detail");
	}

	/** A row's problem, its column and value as text a database keeps (a NUL byte in a file's cell is not). */
	public void spoolProblem(BulkRows spool, UUID id, RowProblem problem) {
		spool.add(id, problem.row(), storable(cut(problem.column(), MAX_COLUMN)), problem.kind().name(), problem.code(),
				storable(cut(problem.value(), MAX_DETAIL)));
	}

	/** Ends a run with its counts; the file itself is dropped. */
	public void finish(UUID id, String status, ImportMode mode, int read, int imported, int duplicates, int rejected,
			int skipped, int warned, int addedTo, BulkRows problems, Instant at) {
		loader.load(problems);
		jdbc.sql("""
				update prospecting_import
				set status = ?, mode = ?, rows_read = ?, rows_done = ?, imported = ?, duplicates = ?, rejected = ?,
				    skipped = ?, warned = ?, added_to_known = ?, finished_at = ?, phase = null, version = version + 1
				where id = ?
				""")
			.params(status, mode.name(), read, read, imported, duplicates, rejected, skipped, warned, addedTo, SqlTime.of(at),
					id)
			.update();
		jdbc.sql("delete from prospecting_import_chunk where import_id = ?").param(id).update();
	}

	/** The phones and contacts an import added to companies Relay knew, to be taken back with it. */
	public record Additions(List<UUID> phones, List<UUID> contacts) {
	}

	public void recordAdditions(UUID id, List<UUID> phones, List<UUID> contacts) {
		for (var phone : phones) {
			jdbc.sql("insert into prospecting_import_addition (import_id, kind, detail_id) values (?, 'PHONE', ?)")
				.params(id, phone).update();
		}
		for (var contact : contacts) {
			jdbc.sql("insert into prospecting_import_addition (import_id, kind, detail_id) values (?, 'CONTACT', ?)")
				.params(id, contact).update();
		}
	}

	public Additions additions(UUID id) {
		var rows = jdbc.sql("select kind, detail_id from prospecting_import_addition where import_id = ?")
			.param(id)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class)))
			.list();
		return new Additions(rows.stream().filter(r -> r.getKey().equals("PHONE")).map(Map.Entry::getValue).toList(),
				rows.stream().filter(r -> r.getKey().equals("CONTACT")).map(Map.Entry::getValue).toList());
	}

	/** Forgets an upload that was never run, with its file; answers whether there was one. */
	public boolean discardWaiting(UUID id) {
		jdbc.sql("delete from prospecting_import_chunk where import_id = ? and exists (select 1 from prospecting_import i where i.id = ? and i.status = 'UPLOADED')")
			.params(id, id).update();
		return jdbc.sql("delete from prospecting_import where id = ? and status = 'UPLOADED'").param(id).update() == 1;
	}

	/** The uploads left waiting since before then. */
	public List<UUID> waitingSince(Instant before) {
		return jdbc.sql("select id from prospecting_import where status = 'UPLOADED' and uploaded_at < ?")
			.param(SqlTime.of(before)).query(UUID.class).list();
	}

	public void markUndone(UUID id, int undone) {
		jdbc.sql("update prospecting_import set status = 'UNDONE', phase = null, undone = ?, version = version + 1 where id = ?")
			.params(undone, id)
			.update();
	}

	/** Prospects are spooled with identifiers in increasing order (see {@link SequentialIds}). */
	public BulkRows prospectSpool() {
		return loader.spool("prospecting_prospect", "id", "company_id", "status", "priority", "attempts", "import_id",
				"source", "industry", "size_band", "region", "campaign_id", "created_at", "version");
	}

	/** A company queued by an import, with what the selection criteria look at and the campaign that selects it. */
	public void spoolProspect(BulkRows spool, SequentialIds ids, CompanyId company, int priority, UUID importId,
			String source, String industry, String sizeBand, String region, UUID campaign, Instant at) {
		spool.add(ids.get(), company.value(), "QUEUED", priority, 0, importId, source, industry, sizeBand, region,
				campaign, at, 0);
	}

	public void loadProspects(BulkRows spool, java.util.function.LongConsumer progress) {
		loader.load(spool, progress);
	}

	/** A prospect an import brought in, and its company. */
	public record Brought(UUID prospect, CompanyId company) {
	}

	/**
	 * The prospects of an import that nobody has touched yet, locked until this transaction ends, so that
	 * no caller is handed one of them while they are taken back.
	 */
	public List<Brought> lockUntouchedProspects(UUID importId) {
		return jdbc.sql("""
				select id, company_id from prospecting_prospect
				where import_id = ? and status = 'QUEUED' and attempts = 0 and holder_id is null
				for update
				""")
			.param(importId)
			.query((rs, n) -> new Brought(rs.getObject(1, UUID.class), new CompanyId(rs.getObject(2, UUID.class))))
			.list();
	}

	public void deleteProspects(List<UUID> prospects) {
		jdbc.sql("delete from prospecting_prospect where id in (:ids)").param("ids", prospects).update();
	}

	public Optional<ImportReport> report(UUID id) {
		return jdbc.sql("select " + SUMMARY + ", problems from prospecting_import where id = ?")
			.param(id)
			.query((rs, n) -> {
				var legacy = rs.getString("problems"); // reports written before problems had their own table
				return report(rs, legacy != null ? ProblemsText.read(legacy) : problems(id));
			})
			.optional();
	}

	private List<RowProblem> problems(UUID id) {
		return jdbc.sql("""
				select row_no, column_name, kind, code, detail from prospecting_import_problem where import_id = ?
				order by row_no, kind, code
				""")
			.param(id)
			.query((rs, n) -> new RowProblem(rs.getInt(1), rs.getString(2), RowProblem.Kind.valueOf(rs.getString(3)),
					rs.getString(4), rs.getString(5)))
			.list();
	}

	/** The latest imports without their row problems, for the list. */
	public List<ImportReport> latest(int limit) {
		return jdbc.sql("select " + SUMMARY + " from prospecting_import order by uploaded_at desc limit :limit")
			.param("limit", limit)
			.query((rs, n) -> report(rs, List.of()))
			.list();
	}

	private static final String SUMMARY = """
			id, file_name, status, mode, rows_read, rows_done, imported, duplicates, rejected, skipped, warned, added_to_known, undone,
			uploaded_at, finished_at, failure, failure_code, phase, phase_done, phase_total""";

	private static ImportReport report(ResultSet rs, List<RowProblem> problems) throws SQLException {
		String mode = rs.getString("mode");
		return new ImportReport(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getString("status"),
				mode == null ? null : ImportMode.valueOf(mode), rs.getInt("rows_read"), rs.getInt("rows_done"),
				rs.getInt("imported"), rs.getInt("duplicates"), rs.getInt("rejected"), rs.getInt("skipped"), rs.getInt("warned"),
				rs.getInt("added_to_known"), rs.getInt("undone"),
				SqlTime.instant(rs, "uploaded_at"), SqlTime.instant(rs, "finished_at"), rs.getString("failure"),
				rs.getString("failure_code"),
				rs.getString("phase"), rs.getInt("phase_done"), rs.getInt("phase_total"), problems);
	}

	private static String storable(String text) {
		return text == null || text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}
