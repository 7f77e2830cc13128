package ua.relay.prospecting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import ua.relay.party.CompanyDirectory;
import ua.relay.party.CompanyId;
import ua.relay.platform.Actor;
import ua.relay.platform.SqlTime;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Staff;

/** Read-only figures of tier 1. */
@Service
public class ProspectingQueries {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Staff staff;

	private final CompanyDirectory companies;

	ProspectingQueries(JdbcClient jdbc, Clock clock, Staff staff, CompanyDirectory companies) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.staff = staff;
		this.companies = companies;
	}

	/** A callback the caller promised: to which company, when; {@code late} once its time has passed. */
	public record Callback(UUID prospectId, String company, Instant dueAt, boolean late) {
	}

	/** The caller's promised callbacks, the soonest first (the desk gives each to them when it is due). */
	public List<Callback> callbacks(Actor actor) {
		if (actor.employee().isEmpty()) {
			return List.of();
		}
		var rows = jdbc.sql("""
				select id, company_id, due_at from prospecting_prospect
				where callback_owner = :me and status = 'CALLBACK' order by due_at limit 30""")
			.param("me", actor.requireEmployee())
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), new CompanyId(rs.getObject(2, UUID.class)),
					SqlTime.instant(rs, "due_at") })
			.list();
		var cards = companies.cards(rows.stream().map(r -> (CompanyId) r[1]).toList());
		var now = clock.instant();
		return rows.stream()
			.map(r -> new Callback((UUID) r[0], cards.get((CompanyId) r[1]).displayName(), (Instant) r[2],
					((Instant) r[2]).isBefore(now)))
			.toList();
	}

	/** Tier 1's calls to a company, the latest first: what a closer reads before calling it. */
	public List<CallRecord> callsTo(CompanyId company) {
		var rows = jdbc.sql("""
				select c.called_at, c.caller_id, c.outcome, c.note
				from prospecting_call c join prospecting_prospect p on p.id = c.prospect_id
				where p.company_id = ?
				order by c.called_at desc
				limit 50
				""")
			.param(company.value())
			.query((rs, n) -> new Object[] { SqlTime.instant(rs, "called_at"), new EmployeeId(rs.getObject(2, UUID.class)),
					CallOutcome.valueOf(rs.getString(3)), rs.getString(4) })
			.list();
		var names = staff.names(rows.stream().map(r -> (EmployeeId) r[1]).toList());
		return rows.stream()
			.map(r -> new CallRecord((Instant) r[0], names.get((EmployeeId) r[1]), (CallOutcome) r[2], (String) r[3]))
			.toList();
	}

	/** The caller's own figures since the start of today, Kyiv time. */
	public CallerNumbers today(Actor actor) {
		var startOfDay = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
		if (actor.employee().isEmpty()) {
			return new CallerNumbers(actor.displayName(), 0, 0, 0, 0, 0, 0, 0);
		}
		return perCaller(startOfDay, clock.instant().plusSeconds(1), actor.employeeId()).stream().findFirst()
			.orElse(new CallerNumbers(actor.displayName(), 0, 0, 0, 0, 0, 0, 0));
	}

	/** Every caller's figures for calls made and hand-overs given in [from, to), by name. */
	public List<CallerNumbers> perCaller(Instant from, Instant to) {
		return perCaller(from, to, null);
	}

	private List<CallerNumbers> perCaller(Instant from, Instant to, UUID onlyCaller) {
		Map<UUID, long[]> figures = new HashMap<>();
		String callerFilter = onlyCaller == null ? "" : " and caller_id = :caller";
		var calls = jdbc.sql("""
				select caller_id, count(*),
				       sum(case when outcome not in ('NO_ANSWER', 'BUSY') then 1 else 0 end),
				       sum(case when outcome not in ('NO_ANSWER', 'BUSY', 'WRONG_NUMBER') then 1 else 0 end),
				       sum(case when outcome = 'INTERESTED' then 1 else 0 end)
				from prospecting_call where called_at >= :from and called_at < :to""" + callerFilter
				+ " group by caller_id")
			.param("from", SqlTime.of(from))
			.param("to", SqlTime.of(to));
		if (onlyCaller != null) {
			calls = calls.param("caller", onlyCaller);
		}
		calls.query((rs, n) -> {
			var f = figures.computeIfAbsent(rs.getObject(1, UUID.class), k -> new long[7]);
			for (int i = 0; i < 4; i++) {
				f[i] = rs.getLong(i + 2);
			}
			return null;
		}).list();
		var handOvers = jdbc.sql("""
				select caller_id, count(*), count(accepted_at), count(first_sale_at)
				from prospecting_hand_over where handed_over_at >= :from and handed_over_at < :to""" + callerFilter
				+ " group by caller_id")
			.param("from", SqlTime.of(from))
			.param("to", SqlTime.of(to));
		if (onlyCaller != null) {
			handOvers = handOvers.param("caller", onlyCaller);
		}
		handOvers.query((rs, n) -> {
			var f = figures.computeIfAbsent(rs.getObject(1, UUID.class), k -> new long[7]);
			for (int i = 0; i < 3; i++) {
				f[4 + i] = rs.getLong(i + 2);
			}
			return null;
		}).list();
		var names = staff.names(figures.keySet().stream().map(EmployeeId::new).toList());
		return figures.entrySet()
			.stream()
			.map(e -> {
				long[] f = e.getValue();
				return new CallerNumbers(names.getOrDefault(new EmployeeId(e.getKey()), e.getKey().toString()), f[0], f[1],
						f[2], f[3], f[4], f[5], f[6]);
			})
			.sorted(java.util.Comparator.comparing(CallerNumbers::caller))
			.toList();
	}

}
