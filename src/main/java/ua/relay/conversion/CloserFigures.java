package ua.relay.conversion;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import ua.relay.conversion.domain.StageRepository;
import ua.relay.platform.Actor;
import ua.relay.platform.SqlTime;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Staff;

/** Tier 2's numbers per closer for a period: a closer sees their own, the head everyone's. */
@Service
public class CloserFigures {

	private final JdbcClient jdbc;

	private final Staff staff;

	private final StageRepository stages;

	private final Clock clock;

	CloserFigures(JdbcClient jdbc, Staff staff, StageRepository stages, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.staff = staff;
		this.stages = stages;
	}

	private static final class Tally {

		int received;

		int accepted;

		int rejected;

		int late;

		long touchedSeconds;

		int touched;

		int won;

		BigDecimal revenue = BigDecimal.ZERO;

		long cycleSeconds;

	}

	/** From {@code from} (inclusive) to {@code to} (exclusive). */
	public List<CloserNumbers> between(Instant from, Instant to, Actor actor) {
		var tallies = new HashMap<UUID, Tally>();
		var now = clock.instant();
		String mine = actor.seesEverything() ? "" : " and closer_id = :me";
		var leads = jdbc.sql("""
				select closer_id, status, received_at, first_touched_at, first_touch_due from conversion_lead
				where source <> 'IMPORT' and received_at >= :from and received_at < :to""" + mine);
		bind(leads, from, to, actor).query((rs, n) -> {
			var tally = tallies.computeIfAbsent(rs.getObject(1, UUID.class), id -> new Tally());
			tally.received++;
			String status = rs.getString(2);
			if ("ACCEPTED".equals(status)) {
				tally.accepted++;
			}
			else if ("REJECTED".equals(status)) {
				tally.rejected++;
			}
			var received = SqlTime.instant(rs, "received_at");
			var touched = SqlTime.instant(rs, "first_touched_at");
			var due = SqlTime.instant(rs, "first_touch_due");
			if (touched != null) {
				tally.touched++;
				tally.touchedSeconds += Duration.between(received, touched).toSeconds();
			}
			if (due != null && (touched == null ? now.isAfter(due) : touched.isAfter(due))) {
				tally.late++;
			}
			return null;
		}).list();
		var won = jdbc.sql("""
				select closer_id, amount, opened_at, closed_at from conversion_deal
				where stage = :won and closed_at >= :from and closed_at < :to""" + mine)
			.param("won", stages.stages().won().code());
		bind(won, from, to, actor).query((rs, n) -> {
			var tally = tallies.computeIfAbsent(rs.getObject(1, UUID.class), id -> new Tally());
			tally.won++;
			tally.revenue = tally.revenue.add(rs.getBigDecimal(2));
			tally.cycleSeconds += Duration.between(SqlTime.instant(rs, "opened_at"), SqlTime.instant(rs, "closed_at")).toSeconds();
			return null;
		}).list();
		var names = staff.names(tallies.keySet().stream().map(EmployeeId::new).toList());
		var result = new ArrayList<CloserNumbers>();
		tallies.forEach((id, t) -> result.add(new CloserNumbers(new EmployeeId(id), names.get(new EmployeeId(id)), t.received,
				t.accepted, t.rejected, t.late, t.touched == 0 ? null : t.touchedSeconds / 3600.0 / t.touched, t.won,
				t.revenue, t.won == 0 ? null : t.cycleSeconds / 86400.0 / t.won)));
		result.sort(Comparator.comparing(CloserNumbers::firstSaleRevenue).reversed()
			.thenComparing(CloserNumbers::closer, Comparator.nullsLast(Comparator.naturalOrder())));
		return result;
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Instant from, Instant to, Actor actor) {
		spec = spec.param("from", SqlTime.of(from)).param("to", SqlTime.of(to));
		return actor.seesEverything() ? spec : spec.param("me", actor.requireEmployee());
	}

}
