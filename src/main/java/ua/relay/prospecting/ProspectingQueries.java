package ua.relay.prospecting;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import ua.relay.platform.Actor;
import ua.relay.platform.SqlTime;

/** Read-only figures of tier 1. */
@Service
public class ProspectingQueries {

	private final JdbcClient jdbc;

	private final Clock clock;

	ProspectingQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public ShiftNumbers today(Actor actor) {
		if (actor.employee().isEmpty()) {
			return new ShiftNumbers(0, 0, 0);
		}
		var startOfDay = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
		return jdbc.sql("""
				select count(*),
				       coalesce(sum(case when outcome = 'INTERESTED' then 1 else 0 end), 0),
				       coalesce(sum(case when outcome = 'NOT_INTERESTED' then 1 else 0 end), 0)
				from prospecting_call where caller_id = ? and called_at >= ?
				""")
			.params(actor.employeeId(), SqlTime.of(startOfDay))
			.query((rs, n) -> new ShiftNumbers(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

}
