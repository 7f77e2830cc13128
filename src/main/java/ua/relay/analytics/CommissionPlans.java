package ua.relay.analytics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.analytics.domain.RateTable;
import ua.relay.platform.Actor;
import ua.relay.platform.AuditTrail;
import ua.relay.platform.DomainException;
import ua.relay.platform.SqlTime;

/**
 * The commission plan per tier, which the head of sales changes: each change applies from its effective
 * day and is kept with who made it and why. A closed month does not change: a rate takes effect from the
 * first day of the current month at the earliest.
 */
@Service
public class CommissionPlans {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditTrail audit;

	CommissionPlans(JdbcClient jdbc, Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every change of the plan, the latest first. */
	public List<CommissionRate> history() {
		return jdbc.sql("""
				select kind, rate, effective_from, changed_by_name, changed_at, note from analytics_commission_rate
				order by changed_at desc, kind
				""")
			.query((rs, n) -> new CommissionRate(CommissionKind.valueOf(rs.getString(1)), rs.getBigDecimal(2).stripTrailingZeros(),
					rs.getObject(3, LocalDate.class), rs.getString(4), SqlTime.instant(rs, "changed_at"), rs.getString(6)))
			.list();
	}

	public RateTable table() {
		return new RateTable(history());
	}

	/** The rates in force today, one per kind. */
	public List<CommissionRate> current() {
		var table = table();
		var today = LocalDate.now(clock);
		return java.util.Arrays.stream(CommissionKind.values()).flatMap(kind -> table.on(kind, today).stream()).toList();
	}

	@Transactional
	public void change(CommissionKind kind, BigDecimal rate, LocalDate effectiveFrom, String note, Actor actor) {
		if (!actor.seesEverything()) {
			throw DomainException.forbidden("commission.head-only", "Only the head of sales changes the commission plan");
		}
		if (rate == null || rate.signum() < 0 || (kind.percent() && rate.compareTo(BigDecimal.valueOf(100)) > 0)
				|| rate.compareTo(BigDecimal.valueOf(1_000_000)) >= 0 || rate.scale() > 4) {
			throw DomainException.invalid("commission.rate",
					kind.percent() ? "A percentage is between 0 and 100" : "An amount is 0 or more UAH, below 1,000,000");
		}
		var firstOpenDay = LocalDate.now(clock).withDayOfMonth(1);
		if (effectiveFrom == null || effectiveFrom.isBefore(firstOpenDay)) {
			throw DomainException.invalid("commission.closed-month",
					"A change takes effect from " + firstOpenDay + " at the earliest: closed months keep their rates");
		}
		if (note != null && note.length() > 500) {
			throw DomainException.invalid("commission.note", "The note is up to 500 characters");
		}
		audit.record(actor, "commission-plan", kind.name(), rate.toPlainString() + " from " + effectiveFrom
				+ (note == null || note.isBlank() ? "" : ": " + note.strip()));
		jdbc.sql("""
				insert into analytics_commission_rate (id, kind, rate, effective_from, changed_by, changed_by_name, changed_at, note)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), kind.name(), rate, effectiveFrom, actor.userId(), actor.displayName(),
					SqlTime.of(clock.instant()), note == null || note.isBlank() ? null : note.strip())
			.update();
	}

}
