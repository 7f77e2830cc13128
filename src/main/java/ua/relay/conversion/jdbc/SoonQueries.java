package ua.relay.conversion.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.platform.SqlTime;

/**
 * The tasks and the booked meetings starting soon that nobody was told of yet; each is claimed before it is
 * told, so that two instances sweeping at once tell it once.
 */
@Repository
public class SoonQueries {

	private final JdbcClient jdbc;

	SoonQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A task (a meeting the closer planned too), or a meeting tier 1 booked on a lead not yet accepted. */
	public record Soon(UUID id, boolean lead, UUID deal, UUID company, UUID employee, String title, boolean meeting,
			Instant at) {
	}

	public List<Soon> dueBy(Instant now, Instant by) {
		var tasks = jdbc.sql("""
				select t.id, t.deal_id, d.company_id, t.assignee, t.title, t.kind, t.due_at from conversion_task t
				join conversion_deal d on d.id = t.deal_id
				where t.done_at is null and t.reminded_at is null and t.due_at > :now and t.due_at <= :by
				""")
			.param("now", SqlTime.of(now))
			.param("by", SqlTime.of(by))
			.query((rs, n) -> new Soon(rs.getObject(1, UUID.class), false, rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getString(5), "MEETING".equals(rs.getString(6)),
					SqlTime.instant(rs, "due_at")))
			.list();
		var meetings = jdbc.sql("""
				select id, company_id, closer_id, meeting_starts_at from conversion_lead
				where status = 'NEW' and meeting_reminded_at is null and meeting_starts_at > :now and meeting_starts_at <= :by
				""")
			.param("now", SqlTime.of(now))
			.param("by", SqlTime.of(by))
			.query((rs, n) -> new Soon(rs.getObject(1, UUID.class), true, null, rs.getObject(2, UUID.class),
					rs.getObject(3, UUID.class), "", true, SqlTime.instant(rs, "meeting_starts_at")))
			.list();
		var all = new java.util.ArrayList<>(tasks);
		all.addAll(meetings);
		return all;
	}

	/** True for the one sweep that claims it. */
	public boolean claim(Soon soon, Instant now) {
		String sql = soon.lead()
				? "update conversion_lead set meeting_reminded_at = :now where id = :id and meeting_reminded_at is null"
				: "update conversion_task set reminded_at = :now where id = :id and reminded_at is null";
		return jdbc.sql(sql).param("now", SqlTime.of(now)).param("id", soon.id()).update() == 1;
	}

}
