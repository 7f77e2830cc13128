package ua.relay.analytics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import ua.relay.platform.SqlTime;
import ua.relay.simulation.Departments;
import ua.relay.simulation.Scenario;

/**
 * The simulator's rates taken from the company's own history over the last days: each figure with where
 * it came from (how many records it is a share or a mean of), or the typical value where the history has
 * nothing to say (too few records, or a duration Relay does not record).
 */
@Service
public class Calibration {

	/** Below this many records a share or a mean is not trusted, and the typical value is used. */
	static final int ENOUGH = 20;

	private final JdbcClient jdbc;

	private final Clock clock;

	Calibration(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The figures that are shares (0…1, shown and typed as percentages) and the ones that are amounts in UAH. */
	public static final java.util.Set<String> SHARES = java.util.Set.of("connected", "interested", "accepted", "firstSale",
			"repeatShare");

	public static final java.util.Set<String> AMOUNTS = java.util.Set.of("firstSaleValue", "repeatValue");

	/** A figure, the records it was computed from (0: the typical value), and its code for the page. */
	public record Figure(String code, double value, long records, boolean typical) {

		public boolean share() {
			return SHARES.contains(code);
		}

		public boolean amount() {
			return AMOUNTS.contains(code);
		}

	}

	public record Calibrated(int days, List<Figure> figures) {

		public double value(String code) {
			return figures.stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow().value();
		}

		public Scenario.Rates rates() {
			return new Scenario.Rates(value("callMinutes"), value("connected"), value("interested"), value("accepted"),
					value("leadWorkHours"), value("firstSale"), value("firstSaleValue"), value("repeatEveryDays"),
					value("reminderMinutes"), value("repeatShare"), value("repeatValue"), false);
		}

	}

	public Calibrated fromHistory(int days) {
		var typical = Departments.typicalRates();
		Instant since = clock.instant().minus(Duration.ofDays(days));
		var figures = new ArrayList<Figure>();
		figures.add(new Figure("callMinutes", typical.callMinutes(), 0, true));
		long[] calls = jdbc.sql("""
				select count(*), sum(case when outcome not in ('NO_ANSWER', 'BUSY') then 1 else 0 end),
				       sum(case when outcome = 'INTERESTED' then 1 else 0 end)
				from prospecting_call where called_at >= ? and called_at < ?
				""")
			.params(SqlTime.of(since), SqlTime.of(clock.instant()))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();
		figures.add(share("connected", calls[1], calls[0], typical.connected()));
		figures.add(share("interested", calls[2], calls[1], typical.interested()));
		long[] leads = jdbc.sql("""
				select sum(case when status = 'ACCEPTED' then 1 else 0 end), sum(case when status = 'REJECTED' then 1 else 0 end)
				from conversion_lead where source <> 'IMPORT' and decided_at >= ? and decided_at < ?
				""")
			.params(SqlTime.of(since), SqlTime.of(clock.instant()))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		figures.add(share("accepted", leads[0], leads[0] + leads[1], typical.accepted()));
		figures.add(new Figure("leadWorkHours", typical.leadWorkHours(), 0, true));
		long[] deals = jdbc.sql("""
				select sum(case when d.stage = 'WON' then 1 else 0 end), count(*)
				from conversion_lead l left join conversion_deal d on d.lead_id = l.id
				where l.status = 'ACCEPTED' and l.source <> 'IMPORT' and l.decided_at >= ? and l.decided_at < ? and (d.id is null or d.closed_at is not null)
				""")
			.params(SqlTime.of(since), SqlTime.of(clock.instant()))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		figures.add(share("firstSale", deals[0], deals[1], typical.firstSale()));
		figures.add(mean("firstSaleValue", """
				select count(*), avg(amount) from conversion_deal where stage = 'WON' and closed_at >= ? and closed_at < ?
				""", since, typical.firstSaleValue()));
		figures.add(repeatEveryDays(since.minus(Duration.ofDays(365 - Math.min(days, 365))), typical.repeatEveryDays()));
		figures.add(new Figure("reminderMinutes", typical.reminderMinutes(), 0, true));
		figures.add(new Figure("repeatShare", typical.repeatShare(), 0, true));
		figures.add(mean("repeatValue", """
				select count(*), avg(amount) from accounts_order where source not in ('FIRST_SALE', 'IMPORTED') and ordered_at >= ?
				  and ordered_at < ?
				""", since, typical.repeatValue()));
		return new Calibrated(days, figures);
	}

	/** The mean days between a client's orders, over the clients with two orders or more since then. */
	private Figure repeatEveryDays(Instant since, double typical) {
		double[] sum = new double[2];
		jdbc.sql("""
				select min(ordered_at) as first_at, max(ordered_at) as last_at, count(*) from accounts_order
				where ordered_at >= ? and ordered_at < ? group by client_id having count(*) > 1
				""")
			.params(SqlTime.of(since), SqlTime.of(clock.instant()))
			.query(rs -> {
				double days = Duration.between(SqlTime.instant(rs, "first_at"), SqlTime.instant(rs, "last_at")).toHours() / 24.0;
				sum[0] += days / (rs.getLong(3) - 1);
				sum[1]++;
			});
		return sum[1] < ENOUGH ? new Figure("repeatEveryDays", typical, (long) sum[1], true)
				: new Figure("repeatEveryDays", sum[0] / sum[1], (long) sum[1], false);
	}

	private static Figure share(String code, long part, long whole, double typical) {
		return whole < ENOUGH ? new Figure(code, typical, whole, true) : new Figure(code, (double) part / whole, whole, false);
	}

	private Figure mean(String code, String sql, Instant since, double typical) {
		return jdbc.sql(sql)
			.params(SqlTime.of(since), SqlTime.of(clock.instant()))
			.query((rs, n) -> {
				long count = rs.getLong(1);
				BigDecimal value = rs.getBigDecimal(2);
				return count < ENOUGH || value == null ? new Figure(code, typical, count, true)
						: new Figure(code, value.doubleValue(), count, false);
			})
			.single();
	}

}
