package ua.relay.prospecting.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.platform.SqlTime;
import ua.relay.party.CompanyId;
import ua.relay.prospecting.ProspectId;
import ua.relay.prospecting.domain.Prospect;
import ua.relay.prospecting.domain.ProspectException;
import ua.relay.prospecting.domain.ProspectRepository;
import ua.relay.prospecting.domain.ProspectStatus;
import ua.relay.salesorg.EmployeeId;

/**
 * Prospects in SQL. The claim is the portable optimistic one of MEASURED.md: read a few candidates
 * without locks, then take one with a conditional update; {@code FOR UPDATE SKIP LOCKED} would be
 * wrong on H2.
 */
@Repository
class JdbcProspectRepository implements ProspectRepository {

	private static final int CANDIDATES = 16;

	private static final int ROUNDS = 8;

	private final JdbcClient jdbc;

	JdbcProspectRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void insert(Prospect p) {
		jdbc.sql("""
				insert into prospecting_prospect (id, company_id, status, priority, holder_id, lease_until, attempts,
				                                  last_called_at, created_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, current_timestamp, 0)
				""")
			.params(p.id().value(), p.companyId().value(), p.status().name(), p.priority(), uuid(p.holder()),
					ts(p.leaseUntil()), p.attempts(), ts(p.lastCalledAt()))
			.update();
	}

	@Override
	public void update(Prospect p) {
		int updated = jdbc.sql("""
				update prospecting_prospect set status = ?, attempts = ?, last_called_at = ?, version = version + 1
				where id = ? and version = ?
				""")
			.params(p.status().name(), p.attempts(), ts(p.lastCalledAt()), p.id().value(), p.version())
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
	public Optional<Prospect> findHeldBy(EmployeeId caller, Instant now) {
		return jdbc.sql("""
				select * from prospecting_prospect
				where holder_id = ? and status = 'QUEUED' and lease_until >= ?
				order by lease_until desc
				""")
			.params(caller.value(), ts(now))
			.query(this::map)
			.list()
			.stream()
			.findFirst();
	}

	@Override
	public Optional<Prospect> claimNext(EmployeeId caller, Instant now, Duration lease) {
		for (int round = 0; round < ROUNDS; round++) {
			List<UUID> candidates = jdbc.sql("""
					select id from prospecting_prospect
					where status = 'QUEUED' and (holder_id is null or lease_until < :now)
					order by status, priority, id
					limit :limit
					""")
				.param("now", ts(now))
				.param("limit", CANDIDATES)
				.query(UUID.class)
				.list();
			if (candidates.isEmpty()) {
				return Optional.empty();
			}
			for (UUID candidate : candidates) {
				int claimed = jdbc.sql("""
						update prospecting_prospect set holder_id = :caller, lease_until = :until, version = version + 1
						where id = :id and status = 'QUEUED' and (holder_id is null or lease_until < :now)
						""")
					.param("caller", caller.value())
					.param("until", ts(now.plus(lease)))
					.param("id", candidate)
					.param("now", ts(now))
					.update();
				if (claimed == 1) {
					return findById(new ProspectId(candidate));
				}
			}
		}
		return Optional.empty();
	}

	@Override
	public void recordCall(ProspectId prospect, EmployeeId caller, String outcome, String note, Instant at) {
		jdbc.sql("insert into prospecting_call (id, prospect_id, caller_id, outcome, note, called_at) values (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), prospect.value(), caller.value(), outcome, note, ts(at))
			.update();
	}

	private Prospect map(ResultSet rs, int row) throws SQLException {
		UUID holder = rs.getObject("holder_id", UUID.class);
		return new Prospect(new ProspectId(rs.getObject("id", UUID.class)),
				new CompanyId(rs.getObject("company_id", UUID.class)), ProspectStatus.valueOf(rs.getString("status")),
				rs.getInt("priority"), holder == null ? null : new EmployeeId(holder), instant(rs, "lease_until"),
				rs.getInt("attempts"), instant(rs, "last_called_at"), rs.getInt("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return SqlTime.instant(rs, column);
	}

	private static OffsetDateTime ts(Instant instant) {
		return SqlTime.of(instant);
	}

	private static UUID uuid(EmployeeId id) {
		return id == null ? null : id.value();
	}

}
