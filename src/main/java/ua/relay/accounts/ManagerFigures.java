package ua.relay.accounts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import ua.relay.platform.Actor;
import ua.relay.platform.SqlTime;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Staff;

/** Tier 3's numbers per account manager for a period (days, Kyiv time): a manager's own, everyone's for the head. */
@Service
public class ManagerFigures {

	private final JdbcClient jdbc;

	private final Staff staff;

	private final Clock clock;

	ManagerFigures(JdbcClient jdbc, Staff staff, Clock clock) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.clock = clock;
	}

	private static final class Tally {

		int clients;

		BigDecimal repeat = BigDecimal.ZERO;

		int atStart;

		int retained;

		int remindersDue;

		int remindersInTime;

		int issued;

		int paid;

	}

	/** From {@code first} to {@code last}, both included. */
	public List<ManagerNumbers> between(LocalDate first, LocalDate last, Actor actor) {
		var from = SqlTime.of(first.atStartOfDay(clock.getZone()).toInstant());
		var to = SqlTime.of(last.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
		String mine = actor.seesEverything() ? "" : " and c.account_manager_id = :me";
		var tallies = new HashMap<UUID, Tally>();
		query("""
				select c.account_manager_id, count(*) from accounts_client c where c.client_since < :to""" + mine
				+ " group by c.account_manager_id", actor, from, to, (m, rs) -> tallies(tallies, m).clients = rs.getInt(2));
		query("""
				select c.account_manager_id, sum(o.amount) from accounts_order o join accounts_client c on c.id = o.client_id
				where o.source <> 'FIRST_SALE' and o.ordered_at >= :from and o.ordered_at < :to""" + mine
				+ " group by c.account_manager_id", actor, from, to,
				(m, rs) -> tallies(tallies, m).repeat = rs.getBigDecimal(2));
		query("""
				select c.account_manager_id, count(*),
				       sum(case when exists (select 1 from accounts_order o where o.client_id = c.id
				                             and o.ordered_at >= :from and o.ordered_at < :to) then 1 else 0 end)
				from accounts_client c where c.client_since < :from""" + mine + " group by c.account_manager_id", actor, from,
				to, (m, rs) -> {
					tallies(tallies, m).atStart = rs.getInt(2);
					tallies(tallies, m).retained = rs.getInt(3);
				});
		var reminders = jdbc.sql("""
				select t.assignee, t.due_on, t.done_at from accounts_task t join accounts_client c on c.id = t.client_id
				where t.source = 'CADENCE' and t.due_on >= :first and t.due_on <= :last""" + mine)
			.param("first", first)
			.param("last", last);
		if (!actor.seesEverything()) {
			reminders = reminders.param("me", actor.requireEmployee());
		}
		reminders.query((rs, n) -> {
			var tally = tallies(tallies, rs.getObject(1, UUID.class));
			tally.remindersDue++;
			var done = SqlTime.instant(rs, "done_at");
			if (done != null && !done.atZone(clock.getZone()).toLocalDate().isAfter(rs.getObject(2, LocalDate.class).plusDays(1))) {
				tally.remindersInTime++;
			}
			return null;
		}).list();
		query("""
				select c.account_manager_id, count(*), sum(case when i.status = 'PAID' then 1 else 0 end)
				from accounts_invoice i join accounts_client c on c.id = i.client_id
				where i.issued_at >= :from and i.issued_at < :to""" + mine + " group by c.account_manager_id", actor, from, to,
				(m, rs) -> {
					tallies(tallies, m).issued = rs.getInt(2);
					tallies(tallies, m).paid = rs.getInt(3);
				});
		var names = staff.names(tallies.keySet().stream().map(EmployeeId::new).toList());
		var result = new ArrayList<ManagerNumbers>();
		tallies.forEach((id, t) -> result.add(new ManagerNumbers(new EmployeeId(id), names.get(new EmployeeId(id)), t.clients,
				t.repeat, t.atStart, t.retained, t.remindersDue, t.remindersInTime, t.issued, t.paid)));
		result.sort(Comparator.comparing(ManagerNumbers::repeatRevenue).reversed());
		return result;
	}

	@FunctionalInterface
	private interface RowTally {

		void add(UUID manager, java.sql.ResultSet rs) throws java.sql.SQLException;

	}

	private void query(String sql, Actor actor, Object from, Object to, RowTally tally) {
		var spec = jdbc.sql(sql);
		if (sql.contains(":from")) {
			spec = spec.param("from", from);
		}
		if (sql.contains(":to")) {
			spec = spec.param("to", to);
		}
		if (!actor.seesEverything()) {
			spec = spec.param("me", actor.requireEmployee());
		}
		spec.query((rs, n) -> {
			tally.add(rs.getObject(1, UUID.class), rs);
			return null;
		}).list();
	}

	private static Tally tallies(Map<UUID, Tally> tallies, UUID manager) {
		return tallies.computeIfAbsent(manager, m -> new Tally());
	}

}
