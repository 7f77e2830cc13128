package ua.relay.conversion.jdbc;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.platform.SqlTime;

/** The closers' calendar feeds: whose feed a token's hash opens, and when it was made. */
@Repository
public class CalendarFeedStore {

	private final JdbcClient jdbc;

	CalendarFeedStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The employee's feed from now on opens with this hash only. */
	public void replace(UUID employee, String tokenHash, Instant now) {
		jdbc.sql("delete from conversion_calendar_feed where employee_id = :employee").param("employee", employee).update();
		jdbc.sql("insert into conversion_calendar_feed (employee_id, token_hash, created_at) values (:employee, :hash, :now)")
			.param("employee", employee)
			.param("hash", tokenHash)
			.param("now", SqlTime.of(now))
			.update();
	}

	public void remove(UUID employee) {
		jdbc.sql("delete from conversion_calendar_feed where employee_id = :employee").param("employee", employee).update();
	}

	public Optional<UUID> ownerOf(String tokenHash) {
		return jdbc.sql("select employee_id from conversion_calendar_feed where token_hash = :hash")
			.param("hash", tokenHash)
			.query(UUID.class)
			.optional();
	}

	public Optional<Instant> madeAt(UUID employee) {
		return jdbc.sql("select created_at from conversion_calendar_feed where employee_id = :employee")
			.param("employee", employee)
			.query((rs, n) -> SqlTime.instant(rs, "created_at"))
			.optional();
	}

}
