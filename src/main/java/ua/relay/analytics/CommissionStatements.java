package ua.relay.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import ua.relay.analytics.domain.RateTable;
import ua.relay.platform.Actor;
import ua.relay.platform.DomainException;
import ua.relay.platform.SqlTime;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.ModeHistory;
import ua.relay.salesorg.Organisation;
import ua.relay.salesorg.OrganisationMode;
import ua.relay.salesorg.Staff;

/**
 * Monthly commission statements, computed from what each tier recorded: leads a caller handed over that
 * tier 2 accepted and the meetings they booked that were held; a closer's first sales; an account manager's
 * repeat orders. Each item takes the rate of its own day and the organisation model of its own time (in the
 * classic model revenue earns the classic rate and nothing is paid per lead). Days and months are Kyiv's.
 */
@Service
public class CommissionStatements {

	private final JdbcClient jdbc;

	private final CommissionPlans plans;

	private final Organisation organisation;

	private final Staff staff;

	private final Clock clock;

	CommissionStatements(JdbcClient jdbc, CommissionPlans plans, Organisation organisation, Staff staff, Clock clock) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.organisation = organisation;
		this.staff = staff;
		this.clock = clock;
	}

	/** The employee's statement for the month: theirs to read, and the head's. */
	public Statement of(EmployeeId employee, YearMonth month, Actor actor) {
		if (!actor.isOrOversees(employee.value())) {
			throw DomainException.forbidden("commission.not-yours", "Another employee's statement");
		}
		var items = compute(Optional.of(employee), month, plans.table(), organisation.history());
		return new Statement(employee, staff.get(employee).fullName(), month, items.getOrDefault(employee, List.of()));
	}

	/** Every active employee's statement for the month, for the head: each source read once for everyone. */
	public List<Statement> all(YearMonth month, Actor actor) {
		if (!actor.seesEverything()) {
			throw DomainException.forbidden("commission.head-only", "Only the head of sales sees everyone's statements");
		}
		var items = compute(Optional.empty(), month, plans.table(), organisation.history());
		return staff.all().stream()
			.filter(e -> e.active() && !e.headOfSales())
			.map(e -> new Statement(e.id(), e.fullName(), month, items.getOrDefault(e.id(), List.of())))
			.toList();
	}

	/** Every active employee's statement for the month, as it is e-mailed to each of them at the month's end. */
	List<Statement> forMailing(YearMonth month) {
		var items = compute(Optional.empty(), month, plans.table(), organisation.history());
		return staff.all().stream()
			.filter(e -> e.active() && !e.headOfSales())
			.map(e -> new Statement(e.id(), e.fullName(), month, items.getOrDefault(e.id(), List.of())))
			.toList();
	}

	private Map<EmployeeId, List<StatementItem>> compute(Optional<EmployeeId> only, YearMonth month, RateTable rates,
			ModeHistory modes) {
		var zone = clock.getZone();
		Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		Instant now = clock.instant();
		var raw = new ArrayList<Raw>();
		raw.addAll(read("""
				select l.handed_over_by as employee, l.id, l.decided_at as at, c.name, null as amount from conversion_lead l
				join party_company c on c.id = l.company_id
				where l.status = 'ACCEPTED' and l.handed_over_by is not null and l.decided_at >= ? and l.decided_at < ?
				""", "l.handed_over_by", only, from, to, CommissionKind.LEAD_ACCEPTED, "/conversion/leads/"));
		raw.addAll(read("""
				select l.handed_over_by as employee, l.id, l.meeting_starts_at as at, c.name, null as amount from conversion_lead l
				join party_company c on c.id = l.company_id
				where l.status <> 'REJECTED' and l.handed_over_by is not null and l.meeting_starts_at >= ? and l.meeting_starts_at < ?
				""", "l.handed_over_by", only, from, to.isBefore(now) ? to : now, CommissionKind.MEETING_HELD,
				"/conversion/leads/"));
		raw.addAll(read("""
				select d.closer_id as employee, d.id, d.closed_at as at, c.name, d.amount from conversion_deal d
				join party_company c on c.id = d.company_id
				where d.stage = 'WON' and d.closed_at >= ? and d.closed_at < ?
				""", "d.closer_id", only, from, to, CommissionKind.FIRST_SALE, "/conversion/deals/"));
		raw.addAll(read("""
				select a.account_manager_id as employee, a.id, o.ordered_at as at, c.name || ': ' || o.description as name,
				       o.amount
				from accounts_order o join accounts_client a on a.id = o.client_id join party_company c on c.id = a.company_id
				where o.source not in ('FIRST_SALE', 'IMPORTED') and o.ordered_at >= ? and o.ordered_at < ?
				""", "a.account_manager_id", only, from, to, CommissionKind.REPEAT_SALE, "/accounts/clients/"));
		var result = new HashMap<EmployeeId, List<StatementItem>>();
		for (var item : raw) {
			LocalDate day = LocalDate.ofInstant(item.at(), zone);
			boolean classic = modes.at(item.at()) == OrganisationMode.CLASSIC;
			CommissionKind kind = item.kind();
			if (classic) {
				if (!kind.percent()) {
					continue; // the classic model pays on revenue only
				}
				kind = CommissionKind.CLASSIC;
			}
			BigDecimal rate = rates.rateOn(kind, day);
			BigDecimal amount = kind.percent()
					? item.amount().multiply(rate).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
					: rate.setScale(2, RoundingMode.HALF_UP);
			result.computeIfAbsent(item.employee(), e -> new ArrayList<>())
				.add(new StatementItem(item.at(), kind, item.description(), kind.percent() ? item.amount() : null, rate,
						amount, item.href()));
		}
		result.values().forEach(items -> items.sort(Comparator.comparing(StatementItem::at)));
		return result;
	}

	private List<Raw> read(String sql, String employeeColumn, Optional<EmployeeId> only, Instant from, Instant to,
			CommissionKind kind, String path) {
		var statement = only.isPresent() ? jdbc.sql(sql + " and " + employeeColumn + " = ?")
			.params(SqlTime.of(from), SqlTime.of(to), only.get().value()) : jdbc.sql(sql).params(SqlTime.of(from), SqlTime.of(to));
		return statement.query((rs, n) -> raw(rs, kind, path)).list();
	}

	private record Raw(EmployeeId employee, Instant at, CommissionKind kind, String description, BigDecimal amount,
			String href) {
	}

	private static Raw raw(ResultSet rs, CommissionKind kind, String path) throws SQLException {
		return new Raw(new EmployeeId(rs.getObject("employee", UUID.class)), SqlTime.instant(rs, "at"), kind,
				rs.getString("name"), rs.getBigDecimal("amount"), path + rs.getObject("id", UUID.class));
	}

}
