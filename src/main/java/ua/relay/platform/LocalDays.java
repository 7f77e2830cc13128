package ua.relay.platform;

import java.sql.SQLException;
import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * The SQL for "the Kyiv day of this timestamp" on the database in use. PostgreSQL takes
 * {@code cast(t at time zone 'Europe/Kyiv' as date)}; H2 computes the same expression and then casts in the
 * session's zone, giving the UTC day, so there the local time is read as text and its date part taken.
 */
@Component
public class LocalDays {

	private final String template;

	LocalDays(DataSource dataSource, Clock clock) throws SQLException {
		String product;
		try (var connection = dataSource.getConnection()) {
			product = connection.getMetaData().getDatabaseProductName();
		}
		String zone = clock.getZone().getId().replace("'", "");
		this.template = "H2".equalsIgnoreCase(product)
				? "cast(substring(cast(%s at time zone '" + zone + "' as varchar), 1, 10) as date)"
				: "cast(%s at time zone '" + zone + "' as date)";
	}

	/** The expression giving the local day of {@code column} (a column name, never user input). */
	public String of(String column) {
		return template.formatted(column);
	}

}
