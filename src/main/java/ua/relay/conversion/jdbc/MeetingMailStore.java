package ua.relay.conversion.jdbc;

import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.platform.SqlTime;

/** The meetings whose invitation went out: written in the transaction that sends it, so it goes out once. */
@Repository
public class MeetingMailStore {

	private final JdbcClient jdbc;

	MeetingMailStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records that this meeting's invitation is being sent, unless it was: false when an earlier delivery sent
	 * it, or another one sending it now commits first (this one then waits for it).
	 */
	public boolean firstSending(UUID lead, Instant at) {
		return jdbc.sql("insert into conversion_meeting_mail (lead_id, sent_at) values (?, ?) on conflict do nothing")
			.params(lead, SqlTime.of(at))
			.update() == 1;
	}

}
