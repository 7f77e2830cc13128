package ua.relay.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.party.CompanyDirectory;
import ua.relay.party.NewCompany;
import ua.relay.platform.Role;
import ua.relay.platform.SqlTime;
import ua.relay.platform.web.Period;

/**
 * On generated data (seeded, in a month of its own so nothing else is counted) the funnel, the trend and the
 * tier tables equal what the generator made.
 */
@IntegrationTest
class DashboardsIT {

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

	@ParameterizedTest
	@ValueSource(longs = { 7, 2026, 90210 })
	void theNumbersEqualWhatWasRecorded(long seed) {
		var random = new Random(seed);
		// a month of its own, years away, one per seed
		var month = LocalDate.of(2040 + (int) (seed % 50), 1 + (int) (seed % 12), 1);
		var period = new Period(month, month.plusMonths(1).minusDays(1));
		var caller = staffing.hire(Role.CALLER);
		var closer = staffing.hire(Role.CLOSER);
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		long prospects = 0, calls = 0, interested = 0, handedOver = 0, accepted = 0, rejected = 0, won = 0, repeat = 0;
		long callsOnFirstDay = 0;
		BigDecimal wonRevenue = BigDecimal.ZERO;
		int companiesMade = 5 + random.nextInt(10);
		for (int c = 0; c < companiesMade; c++) {
			var company = companies.register(new NewCompany("Воронка " + UUID.randomUUID(), "ТОВ", null, null, null, null,
					"Київ", List.of(), List.of())).companyId();
			var prospect = UUID.randomUUID();
			var day = month.plusDays(random.nextInt(period.to().getDayOfMonth()));
			jdbc.sql("""
					insert into prospecting_prospect (id, company_id, status, priority, attempts, created_at, version)
					values (?, ?, 'DONE', 0, 0, ?, 0)
					""").params(prospect, company.value(), SqlTime.of(at(day, 9))).update();
			prospects++;
			int callsMade = 1 + random.nextInt(4);
			for (int k = 0; k < callsMade; k++) {
				boolean isInterested = k == callsMade - 1 && random.nextBoolean();
				jdbc.sql("insert into prospecting_call (id, prospect_id, caller_id, outcome, called_at) values (?, ?, ?, ?, ?)")
					.params(UUID.randomUUID(), prospect, caller.requireEmployee(), isInterested ? "INTERESTED" : "NO_ANSWER",
							SqlTime.of(at(day, 10 + k)))
					.update();
				calls++;
				callsOnFirstDay += day.equals(month) ? 1 : 0;
				if (!isInterested) {
					continue;
				}
				interested++;
				var handOver = UUID.randomUUID();
				jdbc.sql("""
						insert into prospecting_hand_over (id, prospect_id, caller_id, urgent, handed_over_at)
						values (?, ?, ?, false, ?)
						""").params(handOver, prospect, caller.requireEmployee(), SqlTime.of(at(day, 15))).update();
				handedOver++;
				boolean accept = random.nextInt(3) > 0;
				var lead = UUID.randomUUID();
				jdbc.sql("""
						insert into conversion_lead (id, company_id, handed_over_by, handed_over_at, closer_id, assigned_reason,
						                             status, received_at, decided_at, version)
						values (?, ?, ?, ?, ?, 'test', ?, ?, ?, 0)
						""").params(lead, company.value(), caller.requireEmployee(), SqlTime.of(at(day, 15)),
						closer.requireEmployee(), accept ? "ACCEPTED" : "REJECTED", SqlTime.of(at(day, 15)),
						SqlTime.of(at(day, 16))).update();
				if (!accept) {
					rejected++;
					continue;
				}
				accepted++;
				jdbc.sql("update prospecting_hand_over set accepted_at = ? where id = ?").params(SqlTime.of(at(day, 16)), handOver)
					.update();
				if (random.nextBoolean()) {
					var amount = BigDecimal.valueOf(1_000 + random.nextInt(90_000)).setScale(2);
					jdbc.sql("""
							insert into conversion_deal (id, lead_id, company_id, closer_id, stage, amount, opened_at, closed_at, version)
							values (?, ?, ?, ?, 'WON', ?, ?, ?, 0)
							""").params(UUID.randomUUID(), lead, company.value(), closer.requireEmployee(), amount,
							SqlTime.of(at(day, 16)), SqlTime.of(at(day, 17))).update();
					won++;
					wonRevenue = wonRevenue.add(amount);
					jdbc.sql("update prospecting_hand_over set first_sale_at = ? where id = ?").params(SqlTime.of(at(day, 17)), handOver)
						.update();
					var client = UUID.randomUUID();
					jdbc.sql("""
							insert into accounts_client (id, company_id, account_manager_id, assigned_reason, first_deal_id,
							                             first_sale_amount, client_since, version)
							values (?, ?, ?, 'test', ?, ?, ?, 0)
							""").params(client, company.value(), manager.requireEmployee(), UUID.randomUUID(), amount,
							SqlTime.of(at(day, 17))).update();
					int orders = random.nextInt(3);
					for (int o = 0; o < orders; o++) {
						jdbc.sql("""
								insert into accounts_order (id, client_id, description, amount, ordered_at, source, version)
								values (?, ?, 'Повтор', 500.00, ?, 'MANAGER', 0)
								""").params(UUID.randomUUID(), client, SqlTime.of(at(day, 18))).update();
						repeat++;
					}
				}
			}
		}

		var funnel = dashboards.funnel(period);
		assertThat(funnel.steps()).extracting(Funnel.Step::count).containsExactly(calls, handedOver, accepted, won);
		assertThat(handedOver).isEqualTo(interested);
		assertThat(funnel.steps()).allSatisfy(step -> assertThat(step.shareOfPrevious() == null ? 0 : step.shareOfPrevious())
			.as("no step is more than the one before").isBetween(0.0, 100.0));
		assertThat(funnel.steps().get(1).shareOfPrevious()).isEqualTo(100.0 * handedOver / calls);
		assertThat(funnel.apart()).extracting(Funnel.Step::count).containsExactly(prospects, 0L, repeat);

		var trend = dashboards.trend(period);
		assertThat(trend.points()).hasSize(period.to().getDayOfMonth());
		assertThat(trend.points().stream().mapToLong(Trend.Point::calls).sum()).isEqualTo(calls);
		assertThat(trend.points().get(0).calls()).isEqualTo(callsOnFirstDay);
		assertThat(trend.weekly().points().stream().mapToLong(Trend.Point::accepted).sum()).isEqualTo(accepted);

		var callerRow = dashboards.callers(period).stream()
			.filter(row -> row.id().value().equals(caller.requireEmployee()))
			.findFirst()
			.orElseThrow();
		assertThat(List.of(callerRow.calls(), callerRow.handedOver(), callerRow.accepted(), callerRow.rejected()))
			.containsExactly(calls, handedOver, accepted, rejected);
		long wonCount = won;
		var revenue = wonRevenue;
		assertThat(dashboards.closers(period)).filteredOn(row -> row.id().value().equals(closer.requireEmployee()))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.firstSales()).isEqualTo(wonCount);
				assertThat(row.revenue()).isEqualByComparingTo(revenue);
			});
		long repeatCount = repeat;
		assertThat(dashboards.managers(period)).filteredOn(row -> row.id().value().equals(manager.requireEmployee()))
			.singleElement()
			.satisfies(row -> assertThat(row.repeatOrders()).isEqualTo(repeatCount));
	}

	private Instant at(LocalDate day, int hour) {
		return day.atTime(LocalTime.of(hour, 0)).atZone(clock.getZone()).toInstant();
	}

}
