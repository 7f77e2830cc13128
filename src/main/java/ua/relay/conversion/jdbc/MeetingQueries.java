package ua.relay.conversion.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.platform.SqlTime;

/**
 * A closer's meetings in a period: those tier 1 booked for their leads (kept on the lead, before and after
 * it is accepted, unless it was turned down) and those they planned on their deals themselves.
 */
@Repository
public class MeetingQueries {

	private final JdbcClient jdbc;

	MeetingQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * {@code lead} is set for a meeting tier 1 booked, {@code deal} once there is one; {@code end} is null for
	 * one the closer planned (a task has a start only); {@code bookedBy} is the caller who booked it.
	 */
	public record Row(UUID id, UUID lead, UUID deal, UUID company, Instant start, Instant end, UUID bookedBy,
			String title, boolean done, UUID closer) {
	}

	/** One closer's meetings, or everyone's when {@code closer} is null. */
	public List<Row> of(UUID closer, Instant from, Instant to) {
		String leadsOf = closer == null ? "" : "coalesce(d.closer_id, l.closer_id) = :closer and ";
		String tasksOf = closer == null ? "" : "t.assignee = :closer and ";
		var spec = jdbc.sql("""
				select l.id, l.id as lead_id, d.id as deal_id, l.company_id, l.meeting_starts_at as starts_at,
				       l.meeting_ends_at as ends_at, l.handed_over_by, '' as title,
				       (select t.done_at from conversion_task t where t.id = l.id) as done_at,
				       coalesce(d.closer_id, l.closer_id) as closer_id
				from conversion_lead l left join conversion_deal d on d.lead_id = l.id
				where %s l.status <> 'REJECTED'
				  and l.meeting_starts_at >= :from and l.meeting_starts_at < :to
				union all
				select t.id, null, d.id, d.company_id, t.due_at, null, null, t.title, t.done_at, t.assignee
				from conversion_task t join conversion_deal d on d.id = t.deal_id
				where %s t.kind = 'MEETING' and t.due_at >= :from and t.due_at < :to
				  and not exists (select 1 from conversion_lead l where l.id = t.id)
				order by starts_at
				""".formatted(leadsOf, tasksOf));
		if (closer != null) {
			spec = spec.param("closer", closer);
		}
		return spec
			.param("from", SqlTime.of(from))
			.param("to", SqlTime.of(to))
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("lead_id", UUID.class),
					rs.getObject("deal_id", UUID.class), rs.getObject("company_id", UUID.class),
					SqlTime.instant(rs, "starts_at"), SqlTime.instant(rs, "ends_at"),
					rs.getObject("handed_over_by", UUID.class), rs.getString("title"), SqlTime.instant(rs, "done_at") != null,
					rs.getObject("closer_id", UUID.class)))
			.list();
	}

}
