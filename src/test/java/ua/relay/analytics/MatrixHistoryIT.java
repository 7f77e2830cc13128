package ua.relay.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import ua.relay.IntegrationTest;
import ua.relay.MutableClock;
import ua.relay.Staffing;
import ua.relay.party.CompanyDirectory;
import ua.relay.party.CompanyId;
import ua.relay.party.NewCompany;
import ua.relay.platform.Role;
import ua.relay.platform.SqlTime;
import ua.relay.platform.web.Period;
import ua.relay.salesorg.CompanyFacts;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.HeldWork;
import ua.relay.salesorg.Responsibilities;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.Tier;

/**
 * The matrix's history keeps when each assignment ended (when the next one of its company and stage began),
 * and the matrix over a past period, read through that end, shows what the window over the whole history showed.
 */
@IntegrationTest
class MatrixHistoryIT {

	/** What the report read before the history kept the end: each assignment until the next, by a window. */
	private static final String WINDOW = """
			select x.company_id, x.stage, x.employee_id, x.assigned_at, x.until from (
			  select h.company_id, h.stage, h.employee_id, h.assigned_at,
			         lead(h.assigned_at) over (partition by h.company_id, h.stage order by h.assigned_at) as until
			  from salesorg_responsibility_history h where h.assigned_at < :to) x
			where x.until is null or x.until > :from
			""";

	@TestConfiguration
	static class MovableTime {

		@Bean
		@Primary
		MutableClock movableClock() {
			return new MutableClock(Clock.systemUTC().instant().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(40))
				.plus(Duration.ofHours(9)), ZoneId.of("Europe/Kyiv"));
		}

	}

	@Autowired
	MutableClock clock;

	@Autowired
	MatrixReport report;

	@Autowired
	Responsibilities responsibilities;

	@Autowired
	CompanyDirectory companies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Staffing staffing;

	@Autowired
	Staff staff;

	record Held(UUID company, String stage, UUID employee, Instant from, Instant until) {
	}

	@Test
	void eachAssignmentEndsWhenTheNextOneOfItsStageBeginsAcrossReassignmentsHandOversAndAClockBehind() {
		var first = employee(Role.CLOSER);
		var second = employee(Role.CLOSER);
		var third = employee(Role.CLOSER);
		var manager = employee(Role.ACCOUNT_MANAGER);
		var company = company();
		responsibilities.assignTo(company, Tier.LC, first, "test");
		responsibilities.assignTo(company, Tier.AM, manager, "test");
		clock.advance(Duration.ofDays(2));
		responsibilities.reassign(company, Tier.LC, second);
		clock.advance(Duration.ofDays(3));
		var leaver = new HeldWork.HandOverPlan(staff.get(second), third, null, HeldWork.Why.MOVED);
		responsibilities.handOver(company, Tier.LC, leaver, third, Map.of(), CompanyFacts.UNKNOWN);
		clock.advance(Duration.ofHours(-1)); // another instance, its clock an hour behind, gives it back to the first
		responsibilities.reassign(company, Tier.LC, first);
		clock.advance(Duration.ofHours(2));

		assertThat(history(company)).isEqualTo(window(company));
		assertThat(history(company)).extracting(Held::employee, Held::until).containsExactly(
				org.assertj.core.groups.Tuple.tuple(manager.value(), null),
				org.assertj.core.groups.Tuple.tuple(first.value(), at(company, second)),
				org.assertj.core.groups.Tuple.tuple(second.value(), at(company, first, 1)),
				org.assertj.core.groups.Tuple.tuple(first.value(), at(company, third)),
				org.assertj.core.groups.Tuple.tuple(third.value(), null));
	}

	@Test
	void theMatrixOverAPastPeriodShowsWhatTheWindowOverTheWholeHistoryShowed() {
		var first = employee(Role.CLOSER);
		var second = employee(Role.CLOSER);
		var third = employee(Role.CLOSER);
		var company = company();
		var start = LocalDate.now(clock);
		responsibilities.assignTo(company, Tier.LC, first, "test");
		clock.advance(Duration.ofDays(2));
		responsibilities.reassign(company, Tier.LC, second);
		clock.advance(Duration.ofDays(3));
		responsibilities.reassign(company, Tier.LC, third);
		clock.advance(Duration.ofDays(1));

		for (var period : List.of(new Period(start, start), new Period(start.plusDays(1), start.plusDays(3)),
				new Period(start.plusDays(3), start.plusDays(3)), new Period(start.plusDays(4), start.plusDays(9)),
				new Period(start.minusDays(9), start.minusDays(1)), new Period(start.plusDays(30), start.plusDays(31)))) {
			var from = period.start(clock);
			var to = period.end(clock);
			var shown = report.companies(period, 0, 100_000).companies().stream()
				.filter(c -> c.id().equals(company.value()))
				.flatMap(c -> c.stages().getOrDefault(Tier.LC, List.of()).stream())
				.map(h -> h.from() + "–" + h.until())
				.toList();
			var before = window(company, from, to).stream()
				.map(h -> h.from() + "–" + h.until())
				.toList();
			assertThat(shown).as(period.toString()).isEqualTo(before);
		}
		assertThat(report.companies(new Period(start.plusDays(3), start.plusDays(3)), 0, 100_000).companies().stream()
			.filter(c -> c.id().equals(company.value()))
			.flatMap(c -> c.stages().get(Tier.LC).stream())
			.map(MatrixReport.Holder::employee)
			.toList()).as("the third day's only holder").containsExactly(staff.get(second).fullName());
	}

	/** The history of the company as kept, in the order the assignments began. */
	private List<Held> history(CompanyId company) {
		return jdbc.sql("""
				select company_id, stage, employee_id, assigned_at, ended_at as until from salesorg_responsibility_history
				where company_id = :company order by stage, assigned_at
				""")
			.param("company", company.value())
			.query((rs, n) -> held(rs))
			.list();
	}

	/** The same history with each assignment's end worked out by the window, as the report did before. */
	private List<Held> window(CompanyId company) {
		return window(company, Instant.EPOCH, clock.instant().plus(Duration.ofDays(3650)));
	}

	/** What the window found in force at some moment of [from, to). */
	private List<Held> window(CompanyId company, Instant from, Instant to) {
		return jdbc.sql("select * from (" + WINDOW + ") w where company_id = :company order by stage, assigned_at")
			.param("company", company.value()).param("from", SqlTime.of(from)).param("to", SqlTime.of(to))
			.query((rs, n) -> held(rs))
			.list();
	}

	/** When the {@code nth} (from 0) assignment of the company's LC stage to the employee began. */
	private Instant at(CompanyId company, EmployeeId employee, int nth) {
		return jdbc.sql("""
				select assigned_at from salesorg_responsibility_history
				where company_id = :company and stage = 'LC' and employee_id = :employee order by assigned_at
				""")
			.param("company", company.value()).param("employee", employee.value())
			.query((rs, n) -> SqlTime.instant(rs, "assigned_at"))
			.list()
			.get(nth);
	}

	private Instant at(CompanyId company, EmployeeId employee) {
		return at(company, employee, 0);
	}

	private static Held held(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Held(rs.getObject("company_id", UUID.class), rs.getString("stage"), rs.getObject("employee_id", UUID.class),
				SqlTime.instant(rs, "assigned_at"), SqlTime.instant(rs, "until"));
	}

	private EmployeeId employee(Role role) {
		return new EmployeeId(staffing.hire(role).requireEmployee());
	}

	private CompanyId company() {
		return companies.register(new NewCompany("Історія " + UUID.randomUUID(), "ТОВ", null, null, null, null, "Київ",
				List.of(), List.of())).companyId();
	}

}
