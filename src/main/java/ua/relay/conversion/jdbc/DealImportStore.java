package ua.relay.conversion.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.conversion.DealImports;
import ua.relay.conversion.LeadId;
import ua.relay.party.CompanyId;
import ua.relay.platform.SqlTime;
import ua.relay.salesorg.Assignment;

/**
 * Deal imports: the uploads, what each run did, its refused rows, and which deals it brought in. A
 * deal's lead is written here as a decided lead that came from an import ({@code source = 'IMPORT'}):
 * nobody handed it over, nobody had to touch it in time.
 */
@Repository
public class DealImportStore {

	private final JdbcClient jdbc;

	DealImportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An upload: its name, its bytes while it waits to be run, and where it stands. */
	public record Upload(String fileName, byte[] content, String status) {
	}

	/** A deal an import brought in. */
	public record Imported(UUID deal, UUID lead, CompanyId company) {
	}

	public void insert(UUID id, String fileName, String format, byte[] content, String by, Instant at) {
		jdbc.sql("""
				insert into conversion_deal_import (id, file_name, format, content, uploaded_by, uploaded_at, status)
				values (?, ?, ?, ?, ?, ?, 'UPLOADED')
				""")
			.params(id, fileName.length() > 255 ? fileName.substring(0, 255) : fileName, format, content, by, SqlTime.of(at))
			.update();
	}

	public Optional<Upload> upload(UUID id) {
		return jdbc.sql("select file_name, content, status from conversion_deal_import where id = ?")
			.param(id)
			.query((rs, n) -> new Upload(rs.getString(1), rs.getBytes(2), rs.getString(3)))
			.optional();
	}

	/** Takes the upload for a run; false if it has been run (or is running) already. */
	public boolean claim(UUID id) {
		return jdbc.sql("update conversion_deal_import set status = 'RUNNING' where id = ? and status = 'UPLOADED'")
			.param(id)
			.update() == 1;
	}

	/** Whether the company has a deal in progress already. */
	public boolean hasOpenDeal(CompanyId company) {
		return jdbc.sql("select count(*) from conversion_deal where company_id = ? and closed_at is null")
			.param(company.value())
			.query(Long.class)
			.single() > 0;
	}

	/** The imported deal's lead: decided when it came in, its closer and why them; the note as its caller's note. */
	public void insertLead(LeadId lead, CompanyId company, Assignment closer, String note, Instant at) {
		jdbc.sql("""
				insert into conversion_lead (id, prospect_id, company_id, handed_over_by, handed_over_at, caller_note, urgent,
				                             closer_id, assigned_reason, status, received_at, decided_at, first_touched_at,
				                             source, version)
				values (:id, null, :company, null, :at, :note, false, :closer, :reason, 'ACCEPTED', :at, :at, :at, 'IMPORT', 0)
				""")
			.param("id", lead.value())
			.param("company", company.value())
			.param("at", SqlTime.of(at))
			.param("note", note)
			.param("closer", closer.employee().value())
			.param("reason", closer.reason())
			.update();
	}

	public void markImported(UUID deal, UUID importId) {
		jdbc.sql("update conversion_deal set import_id = ? where id = ?").params(importId, deal).update();
	}

	/** The run is over: its figures and refused rows are kept, the file's bytes are not. */
	public void finish(UUID id, int rowsRead, int deals, int refused, List<DealImports.Problem> problems, Instant at) {
		jdbc.sql("""
				update conversion_deal_import set status = 'DONE', content = null, rows_read = ?, deals = ?, refused = ?,
				       done_at = ?
				where id = ?
				""")
			.params(rowsRead, deals, refused, SqlTime.of(at), id)
			.update();
		for (var problem : problems) {
			jdbc.sql("insert into conversion_deal_import_problem (import_id, row_no, code, detail) values (?, ?, ?, ?)")
				.params(id, problem.row(), problem.code(),
						problem.detail() == null || problem.detail().length() <= 1000 ? problem.detail()
								: problem.detail().substring(0, 1000))
				.update();
		}
	}

	public List<Imported> dealsOf(UUID importId) {
		return jdbc.sql("select id, lead_id, company_id from conversion_deal where import_id = ?")
			.param(importId)
			.query((rs, n) -> new Imported(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					new CompanyId(rs.getObject(3, UUID.class))))
			.list();
	}

	/** Whether anybody worked the deal since it came in: moved, planned, won or lost, a call or note, a task, a quote. */
	public boolean workedSince(UUID deal) {
		return jdbc.sql("""
				select (select version from conversion_deal where id = :d)
				     + (select count(*) from conversion_activity where deal_id = :d)
				     + (select count(*) from conversion_task where deal_id = :d)
				     + (select count(*) from conversion_quote where deal_id = :d)
				""")
			.param("d", deal)
			.query(Long.class)
			.single() > 0;
	}

	/** Removes a deal brought in by mistake, and its lead. */
	public void deleteDeal(Imported deal) {
		jdbc.sql("delete from conversion_deal where id = ?").param(deal.deal()).update();
		jdbc.sql("delete from conversion_lead where id = ?").param(deal.lead()).update();
	}

	public void undone(UUID id, int kept, Instant at) {
		jdbc.sql("update conversion_deal_import set status = 'UNDONE', kept = ?, undone_at = ? where id = ?")
			.params(kept, SqlTime.of(at), id)
			.update();
	}

	public Optional<DealImports.Report> report(UUID id) {
		return jdbc.sql("select * from conversion_deal_import where id = ?").param(id).query(this::toReport).optional();
	}

	public List<DealImports.Report> latest(int count) {
		return jdbc.sql("select * from conversion_deal_import where status <> 'UPLOADED' order by uploaded_at desc limit " + count)
			.query(this::toReport)
			.list();
	}

	private DealImports.Report toReport(ResultSet rs, int row) throws SQLException {
		var id = rs.getObject("id", UUID.class);
		var problems = jdbc.sql("""
				select row_no, code, detail from conversion_deal_import_problem where import_id = ? order by row_no limit 1000
				""")
			.param(id)
			.query((p, n) -> new DealImports.Problem(p.getInt(1), p.getString(2), p.getString(3)))
			.list();
		return new DealImports.Report(id, rs.getString("file_name"), rs.getString("status"), rs.getInt("rows_read"),
				rs.getInt("deals"), rs.getInt("refused"), rs.getInt("kept"), SqlTime.instant(rs, "uploaded_at"),
				SqlTime.instant(rs, "done_at"), problems);
	}

}
