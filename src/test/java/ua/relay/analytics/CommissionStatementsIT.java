package ua.relay.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ua.relay.Clientele;
import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.party.CompanyDirectory;
import ua.relay.party.CompanyId;
import ua.relay.party.NewCompany;
import ua.relay.platform.Actor;
import ua.relay.platform.DomainException;
import ua.relay.platform.Role;
import ua.relay.platform.SqlTime;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Organisation;
import ua.relay.salesorg.OrganisationMode;

/** Statements count what each tier recorded, at the rate of each item's day; their total is their items' sum. */
@IntegrationTest
class CommissionStatementsIT {

	@Autowired
	CommissionStatements statements;

	@Autowired
	CommissionPlans plans;

	@Autowired
	Staffing staffing;

	@Autowired
	Clientele clientele;

	@Autowired
	CompanyDirectory companies;

	@Autowired
	Organisation organisation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aCloserIsPaidEachFirstSaleAtTheRateOfItsDayWhenThePlanChangesMidMonth() {
		var head = staffing.hire(Role.HEAD);
		var closer = staffing.hire(Role.CLOSER);
		var month = YearMonth.now(clock);
		plans.change(CommissionKind.FIRST_SALE, new BigDecimal("5.5"), month.atDay(1), "start of the month", head);
		plans.change(CommissionKind.FIRST_SALE, new BigDecimal("7.25"), month.atDay(15), "push for the season", head);
		var early = won(closer, new BigDecimal("40000.00"), month.atDay(3));
		var late = won(closer, new BigDecimal("12345.67"), month.atDay(20));
		won(closer, new BigDecimal("99999.00"), month.plusMonths(1).atDay(1)); // next month's

		var statement = statements.of(new EmployeeId(closer.requireEmployee()), month, closer);

		assertThat(statement.items()).extracting(StatementItem::href)
			.containsExactly("/conversion/deals/" + early, "/conversion/deals/" + late);
		assertThat(statement.items()).extracting(StatementItem::rate).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("5.5"), new BigDecimal("7.25"));
		assertThat(statement.items()).extracting(StatementItem::amount)
			.containsExactly(new BigDecimal("2200.00"), new BigDecimal("895.06"));
		assertThat(statement.total()).isEqualByComparingTo("3095.06")
			.isEqualByComparingTo(statement.items().stream().map(StatementItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	@Test
	void aCallerIsPaidPerLeadAcceptedAndMeetingHeldAndNotForRejectedOnes() {
		var caller = staffing.hire(Role.CALLER);
		var closer = staffing.hire(Role.CLOSER);
		var minuteAgo = clock.instant().minusSeconds(60);
		var month = YearMonth.from(minuteAgo.atZone(clock.getZone()));
		var accepted = lead(caller, closer, "ACCEPTED", minuteAgo, null);
		var withMeeting = lead(caller, closer, "ACCEPTED", minuteAgo, minuteAgo);
		lead(caller, closer, "REJECTED", minuteAgo, minuteAgo);
		lead(caller, closer, "NEW", null, clock.instant().plusSeconds(3_600)); // its meeting is still to come

		var statement = statements.of(new EmployeeId(caller.requireEmployee()), month, caller);

		var table = plans.table();
		var day = LocalDate.ofInstant(minuteAgo, clock.getZone());
		assertThat(statement.items()).extracting(StatementItem::kind, StatementItem::href)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(CommissionKind.LEAD_ACCEPTED, "/conversion/leads/" + accepted),
					org.assertj.core.groups.Tuple.tuple(CommissionKind.LEAD_ACCEPTED, "/conversion/leads/" + withMeeting),
					org.assertj.core.groups.Tuple.tuple(CommissionKind.MEETING_HELD, "/conversion/leads/" + withMeeting));
		assertThat(statement.total()).isEqualByComparingTo(table.rateOn(CommissionKind.LEAD_ACCEPTED, day)
			.multiply(BigDecimal.valueOf(2)).add(table.rateOn(CommissionKind.MEETING_HELD, day)));
	}

	@Test
	void anAccountManagersRepeatOrdersEarnTheClassicRateWhileTheDepartmentWorksClassic() {
		var head = staffing.hire(Role.HEAD);
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		var client = clientele.of(manager, "Комісія");
		var threeTier = order(client.clientId(), new BigDecimal("10000.00"), clock.instant().minusSeconds(5));
		organisation.switchTo(OrganisationMode.CLASSIC, head);
		try {
			order(client.clientId(), new BigDecimal("20000.00"), clock.instant());
		}
		finally {
			organisation.switchTo(OrganisationMode.THREE_TIER, head);
		}
		var month = YearMonth.from(clock.instant().atZone(clock.getZone()));

		var statement = statements.of(new EmployeeId(manager.requireEmployee()), month, head);

		assertThat(statement.items()).extracting(StatementItem::kind)
			.containsExactly(CommissionKind.REPEAT_SALE, CommissionKind.CLASSIC);
		assertThat(statement.items()).allSatisfy(item -> assertThat(item.href()).isEqualTo("/accounts/clients/" + client.clientId()));
		assertThat(statement.items().get(0).base()).isEqualByComparingTo("10000.00");
		assertThat(threeTier).isNotNull();
	}

	@Test
	void nobodyReadsAnothersStatementAndClosedMonthsKeepTheirRates() {
		var closer = staffing.hire(Role.CLOSER);
		var other = staffing.hire(Role.CLOSER);
		var head = staffing.hire(Role.HEAD);
		var month = YearMonth.now(clock);

		assertThatThrownBy(() -> statements.of(new EmployeeId(closer.requireEmployee()), month, other))
			.isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> plans.change(CommissionKind.FIRST_SALE, BigDecimal.TEN, month.minusMonths(1).atDay(20), null, head))
			.isInstanceOf(DomainException.class).hasMessageContaining("closed months");
		assertThatThrownBy(() -> plans.change(CommissionKind.FIRST_SALE, BigDecimal.TEN, month.atDay(1), null, closer))
			.isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> plans.change(CommissionKind.REPEAT_SALE, new BigDecimal("101"), month.atDay(1), null, head))
			.isInstanceOf(DomainException.class);
	}

	private UUID won(Actor closer, BigDecimal amount, LocalDate day) {
		var company = company();
		var closedAt = day.atTime(LocalTime.NOON).atZone(clock.getZone()).toInstant();
		var lead = lead(null, closer, "ACCEPTED", closedAt.minusSeconds(86_400), null, company);
		var deal = UUID.randomUUID();
		jdbc.sql("""
				insert into conversion_deal (id, lead_id, company_id, closer_id, stage, amount, opened_at, closed_at, version)
				values (?, ?, ?, ?, 'WON', ?, ?, ?, 0)
				""")
			.params(deal, lead, company.value(), closer.requireEmployee(), amount, SqlTime.of(closedAt.minusSeconds(86_400)),
					SqlTime.of(closedAt))
			.update();
		return deal;
	}

	private UUID lead(Actor caller, Actor closer, String status, Instant decidedAt, Instant meetingAt) {
		return lead(caller, closer, status, decidedAt, meetingAt, company());
	}

	private UUID lead(Actor caller, Actor closer, String status, Instant decidedAt, Instant meetingAt, CompanyId company) {
		var id = UUID.randomUUID();
		var received = clock.instant().minusSeconds(7 * 86_400);
		jdbc.sql("""
				insert into conversion_lead (id, company_id, handed_over_by, handed_over_at, closer_id, assigned_reason, status,
				                             received_at, decided_at, meeting_starts_at, meeting_ends_at, version)
				values (?, ?, ?, ?, ?, 'test', ?, ?, ?, ?, ?, 0)
				""")
			.params(id, company.value(), caller == null ? null : caller.requireEmployee(), SqlTime.of(received),
					closer.requireEmployee(), status, SqlTime.of(received), decidedAt == null ? null : SqlTime.of(decidedAt),
					meetingAt == null ? null : SqlTime.of(meetingAt),
					meetingAt == null ? null : SqlTime.of(meetingAt.plusSeconds(1_800)))
			.update();
		return id;
	}

	private UUID order(UUID client, BigDecimal amount, Instant at) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into accounts_order (id, client_id, description, amount, ordered_at, source, version)
				values (?, ?, 'Перевезення', ?, ?, 'MANAGER', 0)
				""")
			.params(id, client, amount, SqlTime.of(at))
			.update();
		return id;
	}

	private CompanyId company() {
		return companies.register(new NewCompany("Комісія " + UUID.randomUUID(), "ТОВ", null, null, null, null, "Київ",
				List.of(), List.of())).companyId();
	}

}
