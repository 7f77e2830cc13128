package ua.relay.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants to and from {@code timestamp with time zone} columns, the same on H2 and PostgreSQL and
 * whatever the JVM's default zone (which {@link java.sql.Timestamp} would drag in).
 */
public final class SqlTime {

	private SqlTime() {
	}

	/**
	 * Truncated to the microsecond both databases keep: rounding instead would store a time later than
	 * the one given, and "due at or before now" would miss it by a fraction of a microsecond.
	 */
	public static OffsetDateTime of(Instant instant) {
		return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

	public static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
