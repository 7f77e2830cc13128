package db.migration.party;

import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The search box's indexes on PostgreSQL: {@code pg_trgm} (a trusted extension since PostgreSQL 13, so
 * the database's owner may create it; kept in {@code public} when nobody created it elsewhere) and GIN
 * trigram indexes over the companies' name keys and their contacts' names. The embedded database has no
 * such index and scores names in Java instead, so there this does nothing.
 */
public class V1_1_4__Names_found_by_their_trigrams extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		var connection = context.getConnection();
		if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("create extension if not exists pg_trgm with schema public");
			String schema;
			try (var rows = statement.executeQuery("select n.nspname from pg_extension e"
					+ " join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'")) {
				rows.next();
				schema = rows.getString(1);
			}
			statement.execute("create index party_company_name_trgm_idx on party_company using gin (name_key "
					+ schema + ".gin_trgm_ops)");
			statement.execute("create index party_contact_name_trgm_idx on party_contact using gin (lower(full_name) "
					+ schema + ".gin_trgm_ops)");
		}
	}

}
