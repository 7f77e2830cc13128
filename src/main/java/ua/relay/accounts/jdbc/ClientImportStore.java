package ua.relay.accounts.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.accounts.ClientImports;
import ua.relay.party.CompanyId;
import ua.relay.platform.SqlTime;

/** Client imports: the uploads, what each run did, its refused rows, and which clients it brought in. */
@Repository
public class ClientImportStore {

	private final JdbcClient jdbc;

	ClientImportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An upload: its name, its bytes while it waits to be run, and where it stands. */
	public record Upload(String fileName, byte[] content, String status) {
	}

	/** A client an import brought in. */
	public record Imported(UUID id, CompanyId company) {
	}

	public void insert(UUID id, String fileName, String format, byte[] content, String by, Instant at) {
		jdbc.sql("""
				insert into accounts_client_import (id, file_name, format, content, uploaded_by, uploaded_at, status)
				values (?, ?, ?, ?, ?, ?, 'UPLOADED')
				""")
			.params(id, fileName.length() > 255 ? fileName.substring(0, 255) : fileName, format, content, by, SqlTime.of(at))
			.update();
	}

	public Optional<Upload> upload(UUID id) {
		return jdbc.sql("select file_name, content, status from accounts_client_import where id = ?")
			.param(id)
			.query((rs, n) -> new Upload(rs.getString(1), rs.getBytes(2), rs.getString(3)))
			.optional();
	}

	/** Takes the upload for a run; false if it has been run (or is running) already. */
	public boolean claim(UUID id) {
		return jdbc.sql("update accounts_client_import set status = 'RUNNING' where id = ? and status = 'UPLOADED'")
			.param(id)
			.update() == 1;
	}

	public void markImported(UUID client, UUID importId) {
		jdbc.sql("update accounts_client set import_id = ? where id = ?").params(importId, client).update();
	}

	/** The run is over: its figures and refused rows are kept, the file's bytes are not. */
	public void finish(UUID id, int rowsRead, int clients, int orders, int refused, List<ClientImports.Problem> problems,
			Instant at) {
		jdbc.sql("""
				update accounts_client_import set status = 'DONE', content = null, rows_read = ?, clients = ?, orders = ?,
				       refused = ?, done_at = ?
				where id = ?
				""")
			.params(rowsRead, clients, orders, refused, SqlTime.of(at), id)
			.update();
		for (var problem : problems) {
			jdbc.sql("insert into accounts_client_import_problem (import_id, row_no, code, detail) values (?, ?, ?, ?)")
				.params(id, problem.row(), problem.code(),
						problem.detail() == null || problem.detail().length() <= 1000 ? problem.detail()
								: problem.detail().substring(0, 1000))
				.update();
		}
	}

	public List<Imported> clientsOf(UUID importId) {
		return jdbc.sql("select id, company_id from accounts_client where import_id = ?")
			.param(importId)
			.query((rs, n) -> new Imported(rs.getObject(1, UUID.class), new CompanyId(rs.getObject(2, UUID.class))))
			.list();
	}

	/** Whether anybody worked the client since it came in: a contact logged, an order of its own, a task done. */
	public boolean workedSince(UUID client) {
		return jdbc.sql("""
				select (select count(*) from accounts_contact where client_id = :c)
				     + (select count(*) from accounts_order where client_id = :c and source <> 'IMPORTED')
				     + (select count(*) from accounts_task where client_id = :c and done_at is not null)
				""")
			.param("c", client)
			.query(Long.class)
			.single() > 0;
	}

	/** Removes a client brought in by mistake, with its imported orders and open tasks. */
	public void deleteClient(UUID client) {
		jdbc.sql("delete from accounts_task where client_id = ?").param(client).update();
		jdbc.sql("delete from accounts_order where client_id = ?").param(client).update();
		jdbc.sql("delete from accounts_client where id = ?").param(client).update();
	}

	public void undone(UUID id, int kept, Instant at) {
		jdbc.sql("update accounts_client_import set status = 'UNDONE', kept = ?, undone_at = ? where id = ?")
			.params(kept, SqlTime.of(at), id)
			.update();
	}

	public Optional<ClientImports.Report> report(UUID id) {
		return jdbc.sql("select * from accounts_client_import where id = ?").param(id).query(this::toReport).optional();
	}

	public List<ClientImports.Report> latest(int count) {
		return jdbc.sql("select * from accounts_client_import where status <> 'UPLOADED' order by uploaded_at desc limit " + count)
			.query(this::toReport)
			.list();
	}

	private ClientImports.Report toReport(ResultSet rs, int row) throws SQLException {
		var id = rs.getObject("id", UUID.class);
		var problems = jdbc.sql("select row_no, code, detail from accounts_client_import_problem where import_id = ? order by row_no limit 1000")
			.param(id)
			.query((p, n) -> new ClientImports.Problem(p.getInt(1), p.getString(2), p.getString(3)))
			.list();
		return new ClientImports.Report(id, rs.getString("file_name"), rs.getString("status"), rs.getInt("rows_read"),
				rs.getInt("clients"), rs.getInt("orders"), rs.getInt("refused"), rs.getInt("kept"),
				SqlTime.instant(rs, "uploaded_at"), SqlTime.instant(rs, "done_at"), problems);
	}

}
