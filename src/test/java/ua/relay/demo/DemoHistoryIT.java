package ua.relay.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import net.datafaker.Faker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import ua.relay.FreshRelay;
import ua.relay.accounts.Billing;
import ua.relay.accounts.Cadence;
import ua.relay.analytics.Calibration;
import ua.relay.analytics.CommissionKind;
import ua.relay.analytics.CommissionStatements;
import ua.relay.analytics.Dashboards;
import ua.relay.platform.Actor;
import ua.relay.platform.Role;
import ua.relay.platform.SqlTime;
import ua.relay.platform.web.Period;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Shifts;

/**
 * The demo's history made with a small configuration (three months) on the test database, checked for
 * what real work would have left: every step after the one it follows, on the days and in the hours
 * people work, and pages with something to show for every month.
 */
class DemoHistoryIT {

	private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

	private static final int MONTHS = 3;

	private static FreshRelay demo;

	private static JdbcClient jdbc;

	private static Actor head;

	private static LocalDate today;

	private static LocalDate first;

	@BeforeAll
	static void makeTheDemo() {
		demo = FreshRelay.withDemo(Map.of("relay.demo.months", MONTHS, "relay.demo.prospects", 150,
				"relay.demo.calls-per-caller", 12));
		jdbc = demo.bean(JdbcClient.class);
		var headEmployee = jdbc.sql("select employee_id from platform_user where username = 'head'").query(UUID.class).single();
		head = new Actor(UUID.randomUUID(), "head", "Олена Коваленко", headEmployee, EnumSet.of(Role.HEAD));
		today = LocalDate.now(KYIV);
		first = jdbc.sql("select min(called_at) as first_call from prospecting_call")
			.query((rs, n) -> SqlTime.instant(rs, "first_call"))
			.single()
			.atZone(KYIV)
			.toLocalDate();
	}

	@AfterAll
	static void closeIt() {
		if (demo != null) {
			demo.close();
		}
	}

	@Test
	void everyStepOfTheHistoryWasPlayed() {
		var made = demo.bean(DemoData.class).made().orElseThrow();
		assertThat(made.timeline().failed()).isZero();
		assertThat(made.timeline().played()).isGreaterThan(1_000);
	}

	@Test
	void callersCallOnlyOnTheirShiftsOnWorkingDaysThroughEveryMonth() {
		var shifts = demo.bean(Shifts.class);
		var calls = jdbc.sql("select caller_id, called_at from prospecting_call")
			.query((rs, n) -> Map.entry(new EmployeeId(rs.getObject(1, UUID.class)), SqlTime.instant(rs, "called_at")))
			.list();
		assertThat(calls).hasSizeGreaterThan(300);
		var plans = new HashMap<EmployeeId, ua.relay.salesorg.ShiftPlan>();
		for (var call : calls) {
			var plan = plans.computeIfAbsent(call.getKey(), shifts::plan);
			var day = call.getValue().atZone(KYIV).getDayOfWeek();
			assertThat(day).as("a call on %s", call.getValue()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
			assertThat(plan.onShift(call.getValue(), KYIV)).as("a call on %s within its caller's shift", call.getValue())
				.isTrue();
		}
		assertThat(first).isBefore(today.minusMonths(MONTHS).plusDays(4));
		var perMonth = new TreeMap<YearMonth, Integer>();
		calls.forEach(call -> perMonth.merge(YearMonth.from(call.getValue().atZone(KYIV)), 1, Integer::sum));
		for (var month : fullMonths()) {
			assertThat(perMonth.getOrDefault(month, 0)).as("calls in %s", month).isGreaterThan(50);
		}
	}

	@Test
	void everyLeadWasHandedOverBeforeItWasDecidedAndEveryFirstSaleFollowsItsAcceptedLeadAndPrecedesItsClient() {
		var leads = jdbc.sql("""
				select l.status, l.handed_over_at, l.received_at, l.decided_at, h.handed_over_at as handed
				from conversion_lead l join prospecting_hand_over h on h.id = l.id
				""").query((rs, n) -> new Instant[] { SqlTime.instant(rs, "handed"), SqlTime.instant(rs, "received_at"),
						SqlTime.instant(rs, "decided_at") }).list();
		assertThat(leads).hasSizeGreaterThan(30);
		assertThat(jdbc.sql("select count(*) from conversion_lead").query(Long.class).single()).isEqualTo(leads.size());
		for (var lead : leads) {
			assertThat(lead[1]).as("received after its hand-over").isAfterOrEqualTo(lead[0]);
			assertThat(Duration.between(lead[0], lead[1])).as("received at once").isLessThan(Duration.ofMinutes(1));
			if (lead[2] != null) {
				assertThat(lead[2]).as("decided after it was received").isAfter(lead[1]);
			}
		}
		var sales = jdbc.sql("""
				select l.status, l.decided_at, d.closed_at, c.client_since, c.source,
				       (select count(*) from accounts_order o where o.client_id = c.id and o.source = 'FIRST_SALE') as first_orders
				from conversion_deal d join conversion_lead l on l.id = d.lead_id
				left join accounts_client c on c.company_id = d.company_id
				where d.stage = 'WON'
				""").query((rs, n) -> List.of(rs.getString(1), SqlTime.instant(rs, "decided_at"), SqlTime.instant(rs, "closed_at"),
						SqlTime.instant(rs, "client_since"), rs.getLong("first_orders"))).list();
		assertThat(sales).hasSizeGreaterThan(10);
		for (var sale : sales) {
			assertThat(sale.get(0)).isEqualTo("ACCEPTED");
			assertThat((Instant) sale.get(2)).as("won after its lead was accepted").isAfter((Instant) sale.get(1));
			assertThat(sale.get(3)).as("a client from its first sale on").isEqualTo(sale.get(2));
			assertThat(sale.get(4)).as("its first order").isEqualTo(1L);
		}
		assertThat(jdbc.sql("select count(*) from conversion_deal where stage = 'LOST' and lost_reason is not null and recontact_on > cast(closed_at as date)")
			.query(Long.class).single()).as("deals lost with a reason and a day to call again").isPositive();
	}

	@Test
	void rejectedLeadsAndLostDealsGoBackToTierOneAndCallbacksAreHonouredByTheirCaller() {
		assertThat(jdbc.sql("select count(*) from conversion_lead where status = 'REJECTED' and rejection_reason is not null")
			.query(Long.class).single()).isPositive();
		assertThat(jdbc.sql("select count(*) from prospecting_hand_over where accepted_at is null and id in (select id from conversion_lead where status = 'REJECTED')")
			.query(Long.class).single()).as("a rejected lead is not credited").isPositive();
		long honoured = jdbc.sql("""
				select count(*) from prospecting_call c
				where c.outcome = 'CALLBACK' and exists (select 1 from prospecting_call later
				  where later.prospect_id = c.prospect_id and later.caller_id = c.caller_id and later.called_at > c.called_at)
				""").query(Long.class).single();
		assertThat(honoured).as("callbacks called back by the same caller").isPositive();
		long calledAgain = jdbc.sql("""
				select count(*) from conversion_lead l join prospecting_call c on c.prospect_id = l.prospect_id
				where l.status = 'REJECTED' and c.called_at > l.decided_at
				""").query(Long.class).single();
		assertThat(calledAgain).as("rejected prospects called again").isPositive();
	}

	@Test
	void clientsBuyAgainInTheirOwnRhythmAndSomeHaveStopped() {
		var orders = new HashMap<UUID, List<LocalDate>>();
		jdbc.sql("select client_id, ordered_at from accounts_order order by ordered_at").query(rs -> {
			orders.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>())
				.add(SqlTime.instant(rs, "ordered_at").atZone(KYIV).toLocalDate());
		});
		var rhythms = demo.bean(Cadence.class).all();
		int regular = 0;
		int checked = 0;
		for (var client : orders.entrySet()) {
			var days = client.getValue();
			if (days.size() < 5) {
				continue;
			}
			checked++;
			int interval = rhythms.get(client.getKey()).intervalDays();
			long within = 0;
			for (int i = 1; i < days.size(); i++) {
				long gap = ChronoUnit.DAYS.between(days.get(i - 1), days.get(i));
				within += gap >= interval * 0.5 && gap <= interval * 1.7 ? 1 : 0;
			}
			regular += within >= (days.size() - 1) * 0.8 ? 1 : 0;
		}
		assertThat(checked).isGreaterThan(15);
		assertThat(regular).as("clients whose gaps keep near their interval").isGreaterThanOrEqualTo(checked * 8 / 10);
		assertThat(rhythms.values()).anyMatch(r -> r.atRisk()).anyMatch(r -> r.due() && !r.atRisk())
			.anyMatch(r -> !r.due());
		assertThat(demo.bean(Cadence.class).reminders(head)).as("reminders open today").isNotEmpty();
		assertThat(jdbc.sql("select count(*) from accounts_order where source = 'MANAGER'").query(Long.class).single())
			.isGreaterThan(50);
	}

	@Test
	void invoicesArePaidOnTimeInPartsLateOrNotYet() {
		var statuses = jdbc.sql("""
				select case when status = 'PAID' and paid_on <= due_on then 'on time' when status = 'PAID' then 'late'
				            when paid > 0 then 'in part' else 'unpaid' end, count(*)
				from accounts_invoice group by 1
				""").query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list();
		assertThat(statuses).extracting(Map.Entry::getKey).contains("on time", "late", "in part", "unpaid");
		assertThat(demo.bean(Billing.class).overdue(head)).as("overdue today").isNotEmpty();
		assertThat(jdbc.sql("select count(*) from accounts_payment p join accounts_invoice i on i.id = p.invoice_id where p.paid_on < i.issued_on")
			.query(Long.class).single()).as("payments before their invoice").isZero();
		assertThat(jdbc.sql("select count(*) from accounts_order o where o.source <> 'IMPORTED' and not exists "
				+ "(select 1 from accounts_invoice_request r where r.order_id = o.id)").query(Long.class).single()).isZero();
	}

	@Test
	void everyPastMonthHasItsCommissionStatementsAtTheRatesOfItsDays() {
		var statements = demo.bean(CommissionStatements.class);
		var kinds = EnumSet.noneOf(CommissionKind.class);
		var leadRates = new HashSet<BigDecimal>();
		for (var month : fullMonths()) {
			var items = statements.all(month, head).stream().flatMap(s -> s.items().stream()).toList();
			assertThat(items).as("statement items of %s", month).hasSizeGreaterThan(5);
			items.forEach(item -> kinds.add(item.kind()));
			items.stream().filter(item -> item.kind() == CommissionKind.LEAD_ACCEPTED)
				.forEach(item -> leadRates.add(item.rate().stripTrailingZeros()));
		}
		assertThat(kinds).contains(CommissionKind.LEAD_ACCEPTED, CommissionKind.MEETING_HELD, CommissionKind.FIRST_SALE,
				CommissionKind.REPEAT_SALE);
		assertThat(leadRates).as("the rate before and after the head's raise").hasSize(2);
	}

	@Test
	void theHeadsTrendHasWorkInEveryMonthAndTheSimulatorIsCalibratedFromTheHistory() {
		var trend = demo.bean(Dashboards.class).trend(new Period(first, today)).weekly();
		var months = new TreeMap<YearMonth, long[]>();
		trend.points().forEach(point -> {
			var sums = months.computeIfAbsent(YearMonth.from(point.day()), m -> new long[3]);
			sums[0] += point.calls();
			sums[1] += point.handedOver();
			sums[2] += point.revenue().signum();
		});
		for (var month : fullMonths()) {
			assertThat(months.get(month)).as("calls, hand-overs and revenue in %s", month).doesNotContain(0L);
		}
		var figures = demo.bean(Calibration.class).fromHistory(90).figures();
		assertThat(figures).filteredOn(f -> Set.of("connected", "interested", "accepted", "firstSale", "firstSaleValue",
				"repeatEveryDays", "repeatValue").contains(f.code()))
			.hasSize(7)
			.allSatisfy(f -> assertThat(f.typical()).as("%s from %d records", f.code(), f.records()).isFalse());
	}

	@Test
	void companiesAreNamedAsUkrainianCompaniesAreNotAfterPeople() {
		var faker = new Faker(Locale.forLanguageTag("uk"), new Random(1));
		var givenNames = new HashSet<String>();
		for (int i = 0; i < 5_000; i++) {
			givenNames.add(faker.name().firstName());
		}
		var names = jdbc.sql("select name, legal_form, edrpou from party_company")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) }).list();
		assertThat(names).hasSizeGreaterThan(200);
		assertThat(names).extracting(n -> n[0]).doesNotHaveDuplicates().noneMatch(givenNames::contains);
		assertThat(names).filteredOn(n -> "ФОП".equals(n[1]))
			.isNotEmpty()
			.allSatisfy(n -> {
				assertThat(n[0].split(" ")).as(n[0]).hasSize(3);
				assertThat(n[2]).as("a sole trader has no EDRPOU").isNull();
			});
	}

	@Test
	void theSameSeedMakesTheSameHistory() {
		var settings = Map.<String, Object>of("relay.demo.months", 2, "relay.demo.prospects", 40,
				"relay.demo.calls-per-caller", 6);
		Map<String, Long> once;
		try (var one = FreshRelay.withDemo(settings)) {
			once = counts(one.bean(JdbcClient.class));
		}
		try (var again = FreshRelay.withDemo(settings)) {
			assertThat(counts(again.bean(JdbcClient.class))).isEqualTo(once);
		}
		assertThat(once.get("calls NO_ANSWER")).isPositive();
	}

	/** The months the history holds whole, up to the one before this month (at least all but one of them). */
	private static List<YearMonth> fullMonths() {
		var months = new ArrayList<YearMonth>();
		var month = YearMonth.from(first);
		if (month.atDay(1).isBefore(first)) {
			month = month.plusMonths(1);
		}
		for (; month.isBefore(YearMonth.from(today)); month = month.plusMonths(1)) {
			months.add(month);
		}
		assertThat(months).hasSizeGreaterThanOrEqualTo(MONTHS - 1);
		return months;
	}

	/** What the history made before today (a run that starts a few seconds later may add to today). */
	private static Map<String, Long> counts(JdbcClient jdbc) {
		var before = SqlTime.of(LocalDate.now(KYIV).atStartOfDay(KYIV).toInstant());
		var counts = new TreeMap<String, Long>();
		for (var query : List.of(
				"select 'calls ' || outcome, count(*) from prospecting_call where called_at < ? group by outcome",
				"select 'leads ' || status, count(*) from conversion_lead where received_at < ? group by status",
				"select 'deals ' || stage, count(*) from conversion_deal where opened_at < ? group by stage",
				"select 'orders ' || source, count(*) from accounts_order where ordered_at < ? group by source",
				"select 'invoices ' || status, count(*) from accounts_invoice where issued_at < ? group by status",
				"select 'payments', count(*) from accounts_payment where recorded_at < ?",
				"select 'companies', count(*) from party_company where created_at < ?")) {
			jdbc.sql(query).param(before).query(rs -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		}
		return counts;
	}

}
