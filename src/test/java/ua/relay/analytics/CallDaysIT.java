package ua.relay.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ua.relay.FreshRelay;
import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.party.CompanyDirectory;
import ua.relay.party.NewCompany;
import ua.relay.platform.ApplicationClock;
import ua.relay.platform.Role;
import ua.relay.platform.SqlTime;
import ua.relay.platform.web.Period;

/** Calls rolled up per day and the calls of the days after them add up to what the calls table holds. */
@IntegrationTest
class CallDaysIT {

	@Autowired
	CallDays callDays;

	@Autowired
	Dashboards dashboards;

	@Autowired
	Staffing staffing;

	@Autowired
	CompanyDirectory companies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void rolledUpDaysAndTodaysCallsTogetherEqualTheCallsMade() {
		var caller = staffing.hire(Role.CALLER);
		var prospect = UUID.randomUUID();
		var company = companies.register(new NewCompany("Дні " + UUID.randomUUID(), "ТОВ", null, null, null, null, "Київ",
				List.of(), List.of())).companyId();
		jdbc.sql("""
				insert into prospecting_prospect (id, company_id, status, priority, attempts, created_at, version)
				values (?, ?, 'DONE', 0, 0, ?, 0)
				""").params(prospect, company.value(), SqlTime.of(clock.instant())).update();
		var march = LocalDate.of(2001, 3, 1);
		call(prospect, caller.requireEmployee(), march.plusDays(2), 10, "NO_ANSWER");
		call(prospect, caller.requireEmployee(), march.plusDays(2), 23, "INTERESTED"); // late in the Kyiv day
		call(prospect, caller.requireEmployee(), march.plusDays(9), 0, "BUSY"); // just after Kyiv midnight
		callDays.rebuild();
		call(prospect, caller.requireEmployee(), LocalDate.now(clock), 0, "INTERESTED"); // after the roll-up: counted raw

		assertThat(callDays.completeBefore()).hasValue(LocalDateTime.now(clock).minus(CallDays.SETTLE).toLocalDate());
		assertThat(jdbc.sql("select calls from analytics_call_day where caller_id = ? and call_day = ?")
			.params(caller.requireEmployee(), march.plusDays(2)).query(Long.class).single()).isEqualTo(2);
		var row = dashboards.callers(new Period(march, LocalDate.now(clock))).stream()
			.filter(r -> r.id().value().equals(caller.requireEmployee()))
			.findFirst()
			.orElseThrow();
		assertThat(row.calls()).isEqualTo(4);
		assertThat(row.interested()).isEqualTo(2);
		var trend = dashboards.trend(new Period(march, march.plusMonths(1).minusDays(1)));
		assertThat(trend.points().get(2).calls()).isGreaterThanOrEqualTo(2);
		assertThat(trend.points().get(9).calls()).isGreaterThanOrEqualTo(1);
	}

	/**
	 * A call made at 23:59:59 whose transaction commits just after the roll-up ran past midnight: the day
	 * stays open until it has settled, so the call is in its day's roll-up and not lost between the two.
	 */
	@Test
	void aCallCommittedJustAfterMidnightIsInItsDaysRollUp() {
		try (var relay = FreshRelay.start(Map.of("relay.analytics.roll-up-every", "1h"))) {
			var days = relay.bean(CallDays.class);
			var db = relay.bean(JdbcClient.class);
			var time = relay.bean(ApplicationClock.class);
			await().atMost(Duration.ofSeconds(30)).until(() -> days.completeBefore().isPresent()); // the rebuild at start
			var today = LocalDate.now(time);
			var midnight = today.atStartOfDay(time.getZone()).toInstant();
			db.sql("update analytics_rollup set complete_before = ? where name = 'calls'").param(today.minusDays(1)).update();
			var caller = relay.bean(Staffing.class).hire(Role.CALLER).requireEmployee();
			var company = relay.bean(CompanyDirectory.class).register(new NewCompany("Опівніч " + UUID.randomUUID(), "ТОВ",
					null, null, null, null, "Київ", List.of(), List.of())).companyId();
			var prospect = UUID.randomUUID();
			db.sql("""
					insert into prospecting_prospect (id, company_id, status, priority, attempts, created_at, version)
					values (?, ?, 'DONE', 0, 0, ?, 0)
					""").params(prospect, company.value(), SqlTime.of(midnight.minusSeconds(60))).update();

			time.setTo(midnight.plusSeconds(30));
			days.catchUp();
			db.sql("insert into prospecting_call (id, prospect_id, caller_id, outcome, called_at) values (?, ?, ?, 'BUSY', ?)")
				.params(UUID.randomUUID(), prospect, caller, SqlTime.of(midnight.minusSeconds(1)))
				.update(); // made at 23:59:59, committed now
			time.setTo(midnight.plus(CallDays.SETTLE).plusSeconds(60));
			days.catchUp();

			assertThat(days.completeBefore()).hasValue(today);
			assertThat(db.sql("select coalesce(sum(calls), 0) from analytics_call_day where caller_id = ? and call_day = ?")
				.params(caller, today.minusDays(1)).query(Long.class).single())
				.as("the call of 23:59:59 is in yesterday's roll-up")
				.isEqualTo(1);
		}
	}

	private void call(UUID prospect, UUID caller, LocalDate day, int hour, String outcome) {
		jdbc.sql("insert into prospecting_call (id, prospect_id, caller_id, outcome, called_at) values (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), prospect, caller, outcome,
					SqlTime.of(day.atTime(LocalTime.of(hour, 0)).atZone(clock.getZone()).toInstant()))
			.update();
	}

}
