package ua.relay.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.party.CompanyDirectory;
import ua.relay.party.NewCompany;
import ua.relay.platform.Role;
import ua.relay.platform.SqlTime;
import ua.relay.simulation.Departments;

/** The simulator's rates come from the recorded history where there is enough of it, else the typical ones, saying which. */
@IntegrationTest
class CalibrationIT {

	@Autowired
	Calibration calibration;

	@Autowired
	Staffing staffing;

	@Autowired
	CompanyDirectory companies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void sharesOfTheLastDaysCallsBecomeTheRates() {
		var caller = staffing.hire(Role.CALLER);
		var company = companies.register(new NewCompany("Калібрування " + UUID.randomUUID(), "ТОВ", null, null, null, null,
				"Київ", List.of(), List.of())).companyId();
		var prospect = UUID.randomUUID();
		jdbc.sql("""
				insert into prospecting_prospect (id, company_id, status, priority, attempts, created_at, version)
				values (?, ?, 'DONE', 0, 0, ?, 0)
				""").params(prospect, company.value(), SqlTime.of(clock.instant())).update();
		for (int i = 0; i < 60; i++) { // 60 calls a day ago: 30 not answered, 20 not interested, 10 interested
			String outcome = i < 30 ? "NO_ANSWER" : i < 50 ? "NOT_INTERESTED" : "INTERESTED";
			jdbc.sql("insert into prospecting_call (id, prospect_id, caller_id, outcome, called_at) values (?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), prospect, caller.requireEmployee(), outcome,
						SqlTime.of(clock.instant().minus(Duration.ofDays(1)).plusSeconds(i)))
				.update();
		}
		long[] expected = jdbc.sql("""
				select count(*), sum(case when outcome not in ('NO_ANSWER', 'BUSY') then 1 else 0 end),
				       sum(case when outcome = 'INTERESTED' then 1 else 0 end)
				from prospecting_call where called_at >= ? and called_at < ?
				""").params(SqlTime.of(clock.instant().minus(Duration.ofDays(2))), SqlTime.of(clock.instant()))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();

		var calibrated = calibration.fromHistory(2);

		var connected = calibrated.figures().stream().filter(f -> f.code().equals("connected")).findFirst().orElseThrow();
		assertThat(connected.typical()).isFalse();
		assertThat(connected.records()).isEqualTo(expected[0]);
		assertThat(connected.value()).isCloseTo((double) expected[1] / expected[0], within(1e-9));
		assertThat(calibrated.value("interested")).isCloseTo((double) expected[2] / expected[1], within(1e-9));
		assertThat(calibrated.rates().connected()).isEqualTo(connected.value());
	}

	@Test
	void withoutHistoryTheTypicalRatesAreUsedAndSaidToBe() {
		// the other tests leave their history in the shared database: a clock in 2000 sees none of it
		var beforeAnyHistory = new Calibration(jdbc, Clock.fixed(Instant.parse("2000-01-01T00:00:00Z"), ZoneOffset.UTC));

		var calibrated = beforeAnyHistory.fromHistory(30);

		assertThat(calibrated.figures()).allSatisfy(figure -> assertThat(figure.typical()).as(figure.code()).isTrue());
		assertThat(calibrated.rates()).isEqualTo(Departments.typicalRates());
	}

}
