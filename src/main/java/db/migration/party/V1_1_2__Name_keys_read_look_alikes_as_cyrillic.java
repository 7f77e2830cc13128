package db.migration.party;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import ua.relay.party.NameKey;

/**
 * Companies' name keys made again by {@link NameKey} now that it reads Latin look-alikes in a Ukrainian
 * name as Cyrillic, so a company stored as «TOB "Cвітанок"» is found by «ТОВ "Світанок"». Only the keys
 * that change are written.
 */
public class V1_1_2__Name_keys_read_look_alikes_as_cyrillic extends BaseJavaMigration {

	private static final int BATCH = 1_000;

	@Override
	public void migrate(Context context) throws Exception {
		var connection = context.getConnection();
		try (Statement read = connection.createStatement();
				PreparedStatement write = connection.prepareStatement("update party_company set name_key = ? where id = ?")) {
			read.setFetchSize(BATCH);
			int pending = 0;
			try (ResultSet rows = read.executeQuery("select id, name, city, name_key from party_company")) {
				while (rows.next()) {
					String key = NameKey.of(rows.getString("name"), rows.getString("city"));
					if (!key.equals(rows.getString("name_key"))) {
						write.setString(1, key);
						write.setObject(2, rows.getObject("id"));
						write.addBatch();
						if (++pending == BATCH) {
							write.executeBatch();
							pending = 0;
						}
					}
				}
			}
			if (pending > 0) {
				write.executeBatch();
			}
		}
	}

}
