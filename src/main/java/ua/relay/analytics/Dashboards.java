package ua.relay.analytics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import ua.relay.platform.LocalDays;
import ua.relay.platform.SqlTime;
import ua.relay.platform.web.Period;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.Tier;

/**
 * The numbers of the relay over a period (days of Kyiv time, both included), counted from what the tiers
 * recorded: the funnel, the trend by day, and per-employee tables of each tier.
 */
@Service
public class Dashboards {

	private final JdbcClient jdbc;

	private final Staff staff;

	private final Clock clock;

	private final CallDays callDays;

	private final LocalDays days;

	Dashboards(JdbcClient jdbc, Staff staff, Clock clock, CallDays callDays, LocalDays days) {
		this.callDays = callDays;
		this.days = days;
		this.jdbc = jdbc;
		this.staff = staff;
		this.clock = clock;
	}

	/** Tier 1's calls in the period, read once for a page that shows them in several places. */
	public CallsInPeriod calls(Period period) {
		return new CallsInPeriod(period, callsByDay(period));
	}

	/** Calls and interested per caller and day of a period. */
	public static final class CallsInPeriod {

		private final Period period;

		private final Map<CallKey, long[]> counts;

		private CallsInPeriod(Period period, Map<CallKey, long[]> counts) {
			this.period = period;
			this.counts = counts;
		}

	}

	public Funnel funnel(Period period) {
		return funnel(calls(period));
	}

	public Funnel funnel(CallsInPeriod calls) {
		var period = calls.period;
		// the hand-overs of the period and what tier 2 has made of them by now (tier 1's own record of it)
		var counts = jdbc.sql("""
				select h.handed, h.accepted, h.sold,
				  (select count(*) from prospecting_prospect where created_at >= :from and created_at < :to),
				  (select count(*) from conversion_lead where source = 'INBOUND' and received_at >= :from and received_at < :to),
				  (select count(*) from accounts_order where source not in ('FIRST_SALE', 'IMPORTED')
				     and ordered_at >= :from and ordered_at < :to)
				from (select count(*) as handed, count(accepted_at) as accepted, count(first_sale_at) as sold
				      from prospecting_hand_over where handed_over_at >= :from and handed_over_at < :to) h
				""")
			.param("from", SqlTime.of(period.start(clock)))
			.param("to", SqlTime.of(period.end(clock)))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getLong(6) })
			.single();
		long made = calls.counts.values().stream().mapToLong(c -> c[0]).sum();
		return Funnel.of(made, counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
	}

	/**
	 * Calls and interested per caller and day in the period: the rolled-up days from {@link CallDays}, the days
	 * after them counted in the calls table.
	 */
	private Map<CallKey, long[]> callsByDay(Period period) {
		var result = new HashMap<CallKey, long[]>();
		var boundary = callDays.completeBefore().orElse(period.from());
		var lastRolled = period.to().isBefore(boundary) ? period.to() : boundary.minusDays(1);
		if (!period.from().isAfter(lastRolled)) {
			jdbc.sql("""
					select call_day, caller_id, calls, interested from analytics_call_day where call_day >= ? and call_day <= ?
					""")
				.params(period.from(), lastRolled)
				.query(rs -> {
					result.merge(new CallKey(rs.getObject(1, LocalDate.class), new EmployeeId(rs.getObject(2, UUID.class))),
							new long[] { rs.getLong(3), rs.getLong(4) }, Dashboards::add);
				});
		}
		var rawFrom = period.from().isAfter(lastRolled) ? period.start(clock)
				: lastRolled.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
		if (rawFrom.isBefore(period.end(clock))) {
			String day = days.of("called_at");
			jdbc.sql("select " + day + ", caller_id, count(*), sum(case when outcome = 'INTERESTED' then 1 else 0 end) "
					+ "from prospecting_call where called_at >= ? and called_at < ? group by " + day + ", caller_id")
				.params(SqlTime.of(rawFrom), SqlTime.of(period.end(clock)))
				.query(rs -> {
					result.merge(new CallKey(rs.getObject(1, LocalDate.class), new EmployeeId(rs.getObject(2, UUID.class))),
							new long[] { rs.getLong(3), rs.getLong(4) }, Dashboards::add);
				});
		}
		return result;
	}

	private record CallKey(LocalDate day, EmployeeId caller) {
	}

	private static long[] add(long[] a, long[] b) {
		return new long[] { a[0] + b[0], a[1] + b[1] };
	}

	public Trend trend(Period period) {
		return trend(calls(period));
	}

	public Trend trend(CallsInPeriod calls) {
		var period = calls.period;
		var days = new HashMap<LocalDate, Trend.Point>();
		calls.counts.forEach((key, n) -> days.merge(key.day(), new Trend.Point(key.day(), n[0], 0, 0, 0, BigDecimal.ZERO),
				Dashboards::sum));
		perDay("prospecting_hand_over", "handed_over_at", "1 = 1", "count(*)", period).forEach((day, n) -> days.merge(day,
				new Trend.Point(day, 0, n.longValue(), 0, 0, BigDecimal.ZERO), Dashboards::sum));
		perDay("conversion_lead", "decided_at", "status = 'ACCEPTED' and source <> 'IMPORT'", "count(*)", period).forEach((day, n) -> days
			.merge(day, new Trend.Point(day, 0, 0, n.longValue(), 0, BigDecimal.ZERO), Dashboards::sum));
		perDay("conversion_deal", "closed_at", "stage = 'WON'", "count(*)", period).forEach((day, n) -> days.merge(day,
				new Trend.Point(day, 0, 0, 0, n.longValue(), BigDecimal.ZERO), Dashboards::sum));
		perDay("accounts_order", "ordered_at", "source <> 'IMPORTED'", "sum(amount)", period).forEach((day, n) -> days
			.merge(day, new Trend.Point(day, 0, 0, 0, 0, n), Dashboards::sum));
		return Trend.daily(period.from(), period.to(), days);
	}

	private static Trend.Point sum(Trend.Point a, Trend.Point b) {
		return new Trend.Point(a.day(), a.calls() + b.calls(), a.handedOver() + b.handedOver(), a.accepted() + b.accepted(),
				a.firstSales() + b.firstSales(), a.revenue().add(b.revenue()));
	}

	/** A count or a sum per Kyiv day of a table's rows in the period (names here are fixed, never input). */
	private Map<LocalDate, BigDecimal> perDay(String table, String column, String condition, String aggregate,
			Period period) {
		String day = days.of(column);
		var result = new HashMap<LocalDate, BigDecimal>();
		jdbc.sql("select " + day + " as d, " + aggregate + " from " + table + " where " + condition + " and " + column
				+ " >= ? and " + column + " < ? group by " + day)
			.params(SqlTime.of(period.start(clock)), SqlTime.of(period.end(clock)))
			.query(rs -> {
				result.put(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2) == null ? BigDecimal.ZERO : rs.getBigDecimal(2));
			});
		return result;
	}

	public List<TierRows.Caller> callers(Period period) {
		return callers(calls(period));
	}

	public List<TierRows.Caller> callers(CallsInPeriod calls) {
		var period = calls.period;
		var from = SqlTime.of(period.start(clock));
		var to = SqlTime.of(period.end(clock));
		var rows = new LinkedHashMap<EmployeeId, long[]>();
		active(Tier.LG).forEach(id -> rows.put(id, new long[5]));
		calls.counts.forEach((key, n) -> {
			var row = rows.computeIfAbsent(key.caller(), id -> new long[5]);
			row[0] += n[0];
			row[1] += n[1];
		});
		jdbc.sql("select caller_id, count(*) from prospecting_hand_over where handed_over_at >= ? and handed_over_at < ? group by caller_id")
			.params(from, to)
			.query(rs -> {
				rows.computeIfAbsent(new EmployeeId(rs.getObject(1, UUID.class)), id -> new long[5])[2] = rs.getLong(2);
			});
		jdbc.sql("""
				select handed_over_by, sum(case when status = 'ACCEPTED' then 1 else 0 end),
				       sum(case when status = 'REJECTED' then 1 else 0 end)
				from conversion_lead where handed_over_by is not null and decided_at >= ? and decided_at < ? group by handed_over_by
				""").params(from, to).query(rs -> {
			var row = rows.computeIfAbsent(new EmployeeId(rs.getObject(1, UUID.class)), id -> new long[5]);
			row[3] = rs.getLong(2);
			row[4] = rs.getLong(3);
		});
		var names = staff.names(rows.keySet());
		var result = new ArrayList<TierRows.Caller>();
		rows.forEach((id, r) -> result.add(new TierRows.Caller(id, names.getOrDefault(id, "?"), r[0], r[1], r[2], r[3], r[4])));
		result.sort(Comparator.comparing(TierRows.Caller::name));
		return result;
	}

	public List<TierRows.Closer> closers(Period period) {
		var from = SqlTime.of(period.start(clock));
		var to = SqlTime.of(period.end(clock));
		var counts = new LinkedHashMap<EmployeeId, long[]>();
		var revenue = new HashMap<EmployeeId, BigDecimal>();
		active(Tier.LC).forEach(id -> counts.put(id, new long[5]));
		jdbc.sql("""
				select closer_id, sum(case when received_at >= :from and received_at < :to then 1 else 0 end),
				       sum(case when status = 'ACCEPTED' and decided_at >= :from and decided_at < :to then 1 else 0 end),
				       sum(case when status = 'REJECTED' and decided_at >= :from and decided_at < :to then 1 else 0 end),
				       sum(case when first_touch_due >= :from and first_touch_due < :to and first_touch_due < :now
				                 and (first_touched_at is null or first_touched_at > first_touch_due) then 1 else 0 end)
				from conversion_lead
				where source <> 'IMPORT' and ((received_at >= :from and received_at < :to)
				   or (decided_at >= :from and decided_at < :to) or (first_touch_due >= :from and first_touch_due < :to))
				group by closer_id
				""")
			.param("from", from).param("to", to).param("now", SqlTime.of(clock.instant()))
			.query(rs -> {
				var row = counts.computeIfAbsent(new EmployeeId(rs.getObject(1, UUID.class)), id -> new long[5]);
				row[0] = rs.getLong(2);
				row[1] = rs.getLong(3);
				row[2] = rs.getLong(4);
				row[3] = rs.getLong(5);
			});
		jdbc.sql("""
				select closer_id, count(*), coalesce(sum(amount), 0) from conversion_deal
				where stage = 'WON' and closed_at >= ? and closed_at < ? group by closer_id
				""").params(from, to).query(rs -> {
			var id = new EmployeeId(rs.getObject(1, UUID.class));
			counts.computeIfAbsent(id, k -> new long[5])[4] = rs.getLong(2);
			revenue.put(id, rs.getBigDecimal(3));
		});
		var names = staff.names(counts.keySet());
		var result = new ArrayList<TierRows.Closer>();
		counts.forEach((id, r) -> result.add(new TierRows.Closer(id, names.getOrDefault(id, "?"), r[0], r[1], r[2], r[3], r[4],
				revenue.getOrDefault(id, BigDecimal.ZERO))));
		result.sort(Comparator.comparing(TierRows.Closer::name));
		return result;
	}

	/** The tier's active people: every one has a row, whether or not they did anything in the period. */
	private List<EmployeeId> active(Tier tier) {
		return staff.all().stream().filter(e -> e.tier() == tier && e.active()).map(e -> e.id()).toList();
	}

	public List<TierRows.Manager> managers(Period period) {
		var from = SqlTime.of(period.start(clock));
		var to = SqlTime.of(period.end(clock));
		var clients = new LinkedHashMap<EmployeeId, Long>();
		active(Tier.AM).forEach(id -> clients.put(id, 0L));
		jdbc.sql("select account_manager_id, count(*) from accounts_client group by account_manager_id").query(rs -> {
			clients.put(new EmployeeId(rs.getObject(1, UUID.class)), rs.getLong(2));
		});
		var orders = new HashMap<EmployeeId, Long>();
		var revenue = new HashMap<EmployeeId, BigDecimal>();
		jdbc.sql("""
				select c.account_manager_id, count(*), coalesce(sum(o.amount), 0) from accounts_order o
				join accounts_client c on c.id = o.client_id
				where o.source not in ('FIRST_SALE', 'IMPORTED') and o.ordered_at >= ? and o.ordered_at < ?
				group by c.account_manager_id
				""").params(from, to).query(rs -> {
			var id = new EmployeeId(rs.getObject(1, UUID.class));
			clients.putIfAbsent(id, 0L);
			orders.put(id, rs.getLong(2));
			revenue.put(id, rs.getBigDecimal(3));
		});
		var names = staff.names(clients.keySet());
		var result = new ArrayList<TierRows.Manager>();
		clients.forEach((id, n) -> result.add(new TierRows.Manager(id, names.getOrDefault(id, "?"), n,
				orders.getOrDefault(id, 0L), revenue.getOrDefault(id, BigDecimal.ZERO))));
		result.sort(Comparator.comparing(TierRows.Manager::name));
		return result;
	}

	/** Leads whose first touch was due in the period and came late or not at all, the latest due first. */
	public List<TierRows.SlaBreach> slaBreaches(Period period) {
		var rows = jdbc.sql("""
				select l.id, c.name, l.closer_id, l.first_touch_due, l.first_touched_at from conversion_lead l
				join party_company c on c.id = l.company_id
				where l.first_touch_due >= ? and l.first_touch_due < ? and l.first_touch_due < ?
				  and (l.first_touched_at is null or l.first_touched_at > l.first_touch_due)
				order by l.first_touch_due desc limit 200
				""")
			.params(SqlTime.of(period.start(clock)), SqlTime.of(period.end(clock)), SqlTime.of(clock.instant()))
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2),
					new EmployeeId(rs.getObject(3, UUID.class)), SqlTime.instant(rs, "first_touch_due"),
					SqlTime.instant(rs, "first_touched_at") })
			.list();
		var names = staff.names(rows.stream().map(r -> (EmployeeId) r[2]).toList());
		return rows.stream()
			.map(r -> new TierRows.SlaBreach((UUID) r[0], (String) r[1], names.getOrDefault((EmployeeId) r[2], "?"),
					(Instant) r[3], (Instant) r[4]))
			.toList();
	}

}
