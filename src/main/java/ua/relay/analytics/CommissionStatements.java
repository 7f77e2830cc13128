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
import java.util.List;
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
		return compute(employee, month, plans.table(), organisation.history());
	}

	/** Every active employee's statement for the month, for the head. */
	public List<Statement> all(YearMonth month, Actor actor) {
		if (!actor.seesEverything()) {
			throw DomainException.forbidden("commission.head-only", "Only the head of sales sees everyone's statements");
		}
		var table = plans.table();
		var history = organisation.history();
		return staff.all().stream()
			.filter(e -> e.active() && !e.headOfSales())
			.map(e -> compute(e.id(), month, table, history))
			.toList();
	}

	private Statement compute(EmployeeId employee, YearMonth month, RateTable rates, ModeHistory modes) {
		var zone = clock.getZone();
		Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		Instant now = clock.instant();
		var items = new ArrayList<StatementItem>();
		var raw = new ArrayList<Raw>();
		raw.addAll(jdbc.sql("""
				select l.id, l.decided_at as at, c.name, null as amount from conversion_lead l
				join party_company c on c.id = l.company_id
				where l.handed_over_by = ? and l.status = 'ACCEPTED' and l.decided_at >= ? and l.decided_at < ?
				""")
			.params(employee.value(), SqlTime.of(from), SqlTime.of(to))
			.query((rs, n) -> raw(rs, CommissionKind.LEAD_ACCEPTED, "/conversion/leads/"))
			.list());
		raw.addAll(jdbc.sql("""
				select l.id, l.meeting_starts_at as at, c.name, null as amount from conversion_lead l
				join party_company c on c.id = l.company_id
				where l.handed_over_by = ? and l.status <> 'REJECTED' and l.meeting_starts_at >= ? and l.meeting_starts_at < ?
				""")
			.params(employee.value(), SqlTime.of(from), SqlTime.of(to.isBefore(now) ? to : now))
			.query((rs, n) -> raw(rs, CommissionKind.MEETING_HELD, "/conversion/leads/"))
			.list());
		raw.addAll(jdbc.sql("""
				select d.id, d.closed_at as at, c.name, d.amount from conversion_deal d
				join party_company c on c.id = d.company_id
				where d.closer_id = ? and d.stage = 'WON' and d.closed_at >= ? and d.closed_at < ?
				""")
			.params(employee.value(), SqlTime.of(from), SqlTime.of(to))
			.query((rs, n) -> raw(rs, CommissionKind.FIRST_SALE, "/conversion/deals/"))
			.list());
		raw.addAll(jdbc.sql("""
				select a.id, o.ordered_at as at, c.name || ': ' || o.description as name, o.amount from accounts_order o
				join accounts_client a on a.id = o.client_id join party_company c on c.id = a.company_id
				where a.account_manager_id = ? and o.source not in ('FIRST_SALE', 'IMPORTED')
				  and o.ordered_at >= ? and o.ordered_at < ?
				""")
			.params(employee.value(), SqlTime.of(from), SqlTime.of(to))
			.query((rs, n) -> raw(rs, CommissionKind.REPEAT_SALE, "/accounts/clients/"))
			.list());
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
			items.add(new StatementItem(item.at(), kind, item.description(), kind.percent() ? item.amount() : null, rate,
					amount, item.href()));
		}
		items.sort(Comparator.comparing(StatementItem::at));
		return new Statement(employee, staff.get(employee).fullName(), month, items);
	}

	private record Raw(Instant at, CommissionKind kind, String description, BigDecimal amount, String href) {
	}

	private static Raw raw(ResultSet rs, CommissionKind kind, String path) throws SQLException {
		return new Raw(SqlTime.instant(rs, "at"), kind, rs.getString("name"), rs.getBigDecimal("amount"),
				path + rs.getObject("id", UUID.class));
	}

}
