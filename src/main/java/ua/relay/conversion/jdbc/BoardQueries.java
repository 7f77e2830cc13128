package ua.relay.conversion.jdbc;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.conversion.DealBoard.NextStep;
import ua.relay.platform.SqlTime;

/** What the board shows beside each deal: its next step, and how long deals usually stay in each stage. */
@Repository
public class BoardQueries {

	private final JdbcClient jdbc;

	BoardQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The soonest open task of each deal (a meeting too); {@code title} is blank for the one tier 1 booked. */
	public Map<UUID, NextStep> nextSteps(Collection<UUID> deals) {
		var next = new HashMap<UUID, NextStep>();
		if (deals.isEmpty()) {
			return next;
		}
		var ids = new ArrayList<>(deals);
		for (int from = 0; from < ids.size(); from += 500) {
			jdbc.sql("""
					select deal_id, title, due_at, kind from conversion_task
					where done_at is null and deal_id in (:deals) order by due_at desc""")
				.param("deals", ids.subList(from, Math.min(ids.size(), from + 500)))
				.query((RowCallbackHandler) rs -> next.put(rs.getObject("deal_id", UUID.class),
						new NextStep(rs.getString("title"), SqlTime.instant(rs, "due_at"), "MEETING".equals(rs.getString("kind")))));
		}
		return next;
	}

	/**
	 * How long deals stayed in each stage they left since {@code since}, by stage, in days: the time from
	 * entering the stage to entering the next; stays that began before {@code earliest} are not read (so the
	 * whole history is not, on every view of the board).
	 */
	public Map<String, List<Double>> daysInStages(Instant since, Instant earliest) {
		var days = new LinkedHashMap<String, List<Double>>();
		jdbc.sql("""
				select stage, entered_at, left_at from (
				    select stage, entered_at, lead(entered_at) over (partition by deal_id order by entered_at) as left_at
				    from conversion_stage_change where entered_at >= :earliest) c
				where left_at is not null and left_at >= :since""")
			.param("since", SqlTime.of(since))
			.param("earliest", SqlTime.of(earliest))
			.query((RowCallbackHandler) rs -> days.computeIfAbsent(rs.getString("stage"), k -> new ArrayList<>())
				.add(Duration.between(SqlTime.instant(rs, "entered_at"), SqlTime.instant(rs, "left_at")).toMinutes()
						/ (24.0 * 60)));
		return days;
	}

}
