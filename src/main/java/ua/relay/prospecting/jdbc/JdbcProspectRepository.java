package ua.relay.prospecting.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.party.CompanyId;
import ua.relay.platform.Database;
import ua.relay.platform.SqlTime;
import ua.relay.prospecting.ProspectId;
import ua.relay.prospecting.QueueScope;
import ua.relay.prospecting.domain.Prospect;
import ua.relay.prospecting.domain.ProspectException;
import ua.relay.prospecting.domain.ProspectRepository;
import ua.relay.prospecting.domain.ProspectStatus;
import ua.relay.salesorg.EmployeeId;

/**
 * Prospects in SQL. The claim takes the first free prospect of each pick, two ways (MEASURED.md): on
 * PostgreSQL with {@code FOR UPDATE SKIP LOCKED}, so concurrent callers pass over each other's rows
 * instead of waiting on them; elsewhere (H2, where that statement scans and locks the whole table and
 * returns nothing under concurrency) with the portable optimistic claim: read a few candidates without
 * locks, then take one with a conditional update. Each pick's {@code order by} starts with the leading
 * column of its index.
 */
@Repository
class JdbcProspectRepository implements ProspectRepository {

	private static final int CANDIDATES = 16;

	private static final int ROUNDS = 8;

	/**
	 * The queue in the order it is worked; each line is one indexed pick (the due ones are few, so their
	 * ranking is cheap). {@code %1$s} is "free to claim", {@code %2$s} the caller's scope (their
	 * campaigns, or the general pool), {@code %3$s} the fresh pick's order in that scope.
	 */
	private static final List<String> PICKS = List.of(
			// due callbacks and retries, in this order: the caller's own callbacks; anybody's callbacks overdue
			// by the grace period (the team covers for an absent colleague); retries
			"status in ('CALLBACK', 'RETRY') and due_at <= :now and %1$s"
					+ " and (callback_owner = :caller or (%2$s and (status = 'RETRY' or due_at <= :teamDue)))"
					+ " order by case when callback_owner = :caller then 0 when status = 'CALLBACK' then 1 else 2 end, due_at, id",
			// fresh prospects by priority, not called within the cool-down
			"status = 'QUEUED' and %2$s and (last_called_at is null or last_called_at < :coolDown) and %1$s"
					+ " order by %3$s");

	private static final String FREE = "(holder_id is null or lease_until < :now)";

	/** The first key of the advisory locks that stand for callers' turns on PostgreSQL. */
	private static final int CALLER_TURN = 0x7475726e;

	private final JdbcClient jdbc;

	/** PostgreSQL: claims with {@code SKIP LOCKED}, turns with advisory locks. */
	private final boolean postgres;

	JdbcProspectRepository(JdbcClient jdbc, Database database) {
		this.jdbc = jdbc;
		this.postgres = database.postgres();
	}

	@Override
	public void insert(Prospect p) {
		jdbc.sql("""
				insert into prospecting_prospect (id, company_id, status, priority, holder_id, lease_until, attempts,
				                                  last_called_at, due_at, callback_owner, created_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp, 0)
				""")
			.params(p.id().value(), p.companyId().value(), p.status().name(), p.priority(), uuid(p.holder()),
					ts(p.leaseUntil()), p.attempts(), ts(p.lastCalledAt()), ts(p.dueAt()), uuid(p.callbackOwner()))
			.update();
	}

	@Override
	public void update(Prospect p) {
		int updated = jdbc.sql("""
				update prospecting_prospect
				set status = ?, holder_id = ?, lease_until = ?, attempts = ?, last_called_at = ?, due_at = ?,
				    callback_owner = ?, returned_reason = ?, script_step = null, qualification = null, version = version + 1
				where id = ? and version = ?
				""")
			.params(p.status().name(), uuid(p.holder()), ts(p.leaseUntil()), p.attempts(), ts(p.lastCalledAt()),
					ts(p.dueAt()), uuid(p.callbackOwner()), p.returnedReason(), p.id().value(), p.version())
			.update();
		if (updated != 1) {
			throw ProspectException.changedMeanwhile(p.id());
		}
	}

	@Override
	public Optional<Prospect> findById(ProspectId id) {
		return jdbc.sql("select * from prospecting_prospect where id = ?").param(id.value()).query(this::map).optional();
	}

	@Override
	public void takeTurn(EmployeeId caller) {
		if (postgres) {
			// a lock on the caller's key, let go at commit: no row to write, no WAL (two callers whose keys
			// collide only wait for each other)
			jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(CALLER_TURN, caller.value().hashCode()).query().singleRow();
			return;
		}
		jdbc.sql("insert into prospecting_caller_turn (caller_id) values (?) on conflict do nothing").param(caller.value()).update();
		jdbc.sql("select caller_id from prospecting_caller_turn where caller_id = ? for update").param(caller.value())
			.query(UUID.class).single();
	}

	@Override
	public Optional<Prospect> findHeldBy(EmployeeId caller, Instant now) {
		return jdbc.sql("""
				select * from prospecting_prospect
				where holder_id = ? and status in ('QUEUED', 'RETRY', 'CALLBACK') and lease_until >= ?
				order by lease_until desc
				""")
			.params(caller.value(), ts(now))
			.query(this::map)
			.list()
			.stream()
			.findFirst();
	}

	@Override
	public Optional<Prospect> claimNext(EmployeeId caller, Instant now, Duration lease, Duration teamCallbackGrace,
			QueueScope scope, Instant coolDownCutoff) {
		String inScope = scope.generalPool() ? "campaign_id is null"
				: scope.campaigns().isEmpty() ? "1 = 0" : "campaign_id in (:campaigns)";
		// the general pool (no campaign) is read in the order of the (status, campaign_id, priority, id) index:
		// H2 takes that index for "campaign_id is null" and, ordered by (status, priority, id) alone, would sort
		// every queued prospect at each claim
		String order = scope.generalPool() ? "status, campaign_id, priority, id" : "status, priority, id";
		var picks = PICKS.stream().map(pick -> pick.formatted(FREE, inScope, order)).toList();
		if (postgres) {
			return claimSkippingLocked(picks, caller, now, lease, teamCallbackGrace, scope, coolDownCutoff);
		}
		for (String pick : picks) {
			var claimed = claimOptimistically(pick, caller, now, lease, teamCallbackGrace, scope, coolDownCutoff);
			if (claimed.isPresent()) {
				return claimed;
			}
		}
		return Optional.empty();
	}

	/**
	 * One statement: the first pick that finds a free row decides (PostgreSQL evaluates a pick only when those
	 * before it found nothing), and the row is claimed as it is locked.
	 */
	private Optional<Prospect> claimSkippingLocked(List<String> picks, EmployeeId caller, Instant now, Duration lease,
			Duration teamCallbackGrace, QueueScope scope, Instant coolDownCutoff) {
		String first = picks.stream()
			.map(pick -> "(select id from prospecting_prospect where " + pick + " limit 1 for update skip locked)")
			.collect(Collectors.joining(", ", "coalesce(", ")"));
		var spec = jdbc.sql("update prospecting_prospect set holder_id = :caller, lease_until = :until,"
				+ " version = version + 1 where id = " + first + " returning *")
			.param("caller", caller.value())
			.param("until", ts(now.plus(lease)))
			.param("now", ts(now));
		return bindPick(spec, first, caller, now, teamCallbackGrace, scope, coolDownCutoff).query(this::map).optional();
	}

	private Optional<Prospect> claimOptimistically(String pick, EmployeeId caller, Instant now, Duration lease,
			Duration teamCallbackGrace, QueueScope scope, Instant coolDownCutoff) {
		for (int round = 0; round < ROUNDS; round++) {
			var spec = jdbc.sql("select id, status from prospecting_prospect where " + pick + " limit :limit")
				.param("now", ts(now))
				.param("limit", CANDIDATES);
			List<Candidate> candidates = bindPick(spec, pick, caller, now, teamCallbackGrace, scope, coolDownCutoff)
				.query((rs, n) -> new Candidate(rs.getObject(1, UUID.class), rs.getString(2)))
				.list();
			if (candidates.isEmpty()) {
				return Optional.empty();
			}
			for (Candidate candidate : candidates) {
				int claimed = jdbc.sql("""
						update prospecting_prospect set holder_id = :caller, lease_until = :until, version = version + 1
						where id = :id and status = :status and (holder_id is null or lease_until < :now)
						""")
					.param("caller", caller.value())
					.param("until", ts(now.plus(lease)))
					.param("id", candidate.id())
					.param("status", candidate.status())
					.param("now", ts(now))
					.update();
				if (claimed == 1) {
					return findById(new ProspectId(candidate.id()));
				}
			}
		}
		return Optional.empty();
	}

	private record Candidate(UUID id, String status) {
	}

	private static JdbcClient.StatementSpec bindPick(JdbcClient.StatementSpec spec, String pick, EmployeeId caller,
			Instant now, Duration teamCallbackGrace, QueueScope scope, Instant coolDownCutoff) {
		if (pick.contains(":caller")) {
			spec = spec.param("caller", caller.value());
		}
		if (pick.contains(":teamDue")) {
			spec = spec.param("teamDue", ts(now.minus(teamCallbackGrace)));
		}
		if (pick.contains(":campaigns")) {
			spec = spec.param("campaigns", scope.campaigns());
		}
		if (pick.contains(":coolDown")) {
			spec = spec.param("coolDown", ts(coolDownCutoff));
		}
		return spec;
	}

	@Override
	public void recordCall(ProspectId prospect, EmployeeId caller, String outcome, String note, Instant at) {
		jdbc.sql("insert into prospecting_call (id, prospect_id, caller_id, outcome, note, called_at) values (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), prospect.value(), caller.value(), outcome, note, ts(at))
			.update();
	}

	private Prospect map(ResultSet rs, int row) throws SQLException {
		return new Prospect(new ProspectId(rs.getObject("id", UUID.class)),
				new CompanyId(rs.getObject("company_id", UUID.class)), ProspectStatus.valueOf(rs.getString("status")),
				rs.getInt("priority"), employee(rs, "holder_id"), SqlTime.instant(rs, "lease_until"),
				rs.getInt("attempts"), SqlTime.instant(rs, "last_called_at"), SqlTime.instant(rs, "due_at"),
				employee(rs, "callback_owner"), rs.getString("returned_reason"), rs.getInt("version"));
	}

	private static EmployeeId employee(ResultSet rs, String column) throws SQLException {
		UUID id = rs.getObject(column, UUID.class);
		return id == null ? null : new EmployeeId(id);
	}

	private static OffsetDateTime ts(Instant instant) {
		return SqlTime.of(instant);
	}

	private static UUID uuid(EmployeeId id) {
		return id == null ? null : id.value();
	}

}
