package ua.relay.prospecting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ua.relay.platform.SqlTime;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.EmployeeView;
import ua.relay.salesorg.HeldWork;
import ua.relay.salesorg.Staff;

/**
 * What a caller holds in tier 1: the prospect on their screen, back to the queue at once; the callbacks they
 * promised, to their team in turn (without a team, to the other callers; with no caller left, to whoever
 * picks them up from the queue once overdue).
 */
@Component
class CallersHeldWork implements HeldWork {

	private static final String IN_QUEUE = "status in ('QUEUED', 'RETRY', 'CALLBACK')";

	private final JdbcClient jdbc;

	private final Staff staff;

	private final Clock clock;

	CallersHeldWork(JdbcClient jdbc, Staff staff, Clock clock) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.clock = clock;
	}

	@Override
	public List<Held> heldBy(EmployeeId employee) {
		var held = new ArrayList<Held>();
		int onLine = jdbc.sql("select count(*) from prospecting_prospect where holder_id = ? and " + IN_QUEUE + " and lease_until >= ?")
			.params(employee.value(), SqlTime.of(clock.instant()))
			.query(Integer.class)
			.single();
		if (onLine > 0) {
			held.add(new Held(Kind.PROSPECT_ON_LINE, onLine));
		}
		int callbacks = callbacksOf(employee).size();
		if (callbacks > 0) {
			held.add(new Held(Kind.CALLBACKS, callbacks));
		}
		return held;
	}

	@Override
	public List<Handed> handOver(HandOverPlan plan) {
		var leaver = plan.leaver().id();
		var handed = new ArrayList<Handed>();
		int released = jdbc.sql("""
				update prospecting_prospect set holder_id = null, lease_until = null, version = version + 1
				where holder_id = ? and %s
				""".formatted(IN_QUEUE))
			.param(leaver.value())
			.update();
		if (released > 0) {
			handed.add(new Handed(Kind.PROSPECT_ON_LINE, null, released));
		}
		var callbacks = callbacksOf(leaver);
		if (callbacks.isEmpty()) {
			return handed;
		}
		var takers = takers(plan.leaver());
		var given = new LinkedHashMap<EmployeeId, Integer>();
		for (int i = 0; i < callbacks.size(); i++) {
			var to = takers.isEmpty() ? null : takers.get(i % takers.size()).id();
			jdbc.sql("update prospecting_prospect set callback_owner = ?, version = version + 1 where id = ?")
				.params(to == null ? null : to.value(), callbacks.get(i))
				.update();
			given.merge(to, 1, Integer::sum);
		}
		given.forEach((to, count) -> handed.add(new Handed(Kind.CALLBACKS, to, count)));
		return handed;
	}

	/** The leaver's callbacks still to be made, the soonest due first. */
	private List<UUID> callbacksOf(EmployeeId caller) {
		return jdbc.sql("select id from prospecting_prospect where callback_owner = ? and " + IN_QUEUE + " order by due_at, id")
			.param(caller.value())
			.query(UUID.class)
			.list();
	}

	/** Who makes a leaver's callbacks: their team's active callers, else all the active callers. */
	private List<EmployeeView> takers(EmployeeView leaver) {
		var callers = staff.all().stream()
			.filter(e -> e.active() && !e.headOfSales() && e.tier() == ua.relay.salesorg.Tier.LG && !e.id().equals(leaver.id()))
			.toList();
		var team = callers.stream().filter(e -> leaver.team() != null && leaver.team().equals(e.team())).toList();
		return team.isEmpty() ? callers : team;
	}

}
