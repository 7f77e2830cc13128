package ua.relay.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants to and from {@code timestamp with time zone} columns, the same on H2 and PostgreSQL and
 * whatever the JVM's default zone (which {@link java.sql.Timestamp} would drag in).
 */
public final class SqlTime {

	private SqlTime() {
	}

	public static OffsetDateTime of(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	public static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
