package ua.relay.platform;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * Which database Relay runs on, asked once at start: PostgreSQL in production, or the embedded H2. Where the
 * two differ in what they can do ({@code SKIP LOCKED} that works, {@code pg_trgm}, {@code LISTEN/NOTIFY}),
 * the code asks here rather than each opening a connection to find out.
 */
@Component
public class Database {

	private final boolean postgres;

	Database(DataSource dataSource) {
		try (var connection = dataSource.getConnection()) {
			this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The database cannot be reached", ex);
		}
	}

	public boolean postgres() {
		return postgres;
	}

}
