package ua.relay.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ua.relay.simulation.Scenario.Organisation;
import ua.relay.simulation.Scenario.Pay;
import ua.relay.simulation.Scenario.Person;
import ua.relay.simulation.Scenario.Rates;
import ua.relay.simulation.Scenario.Role;
import ua.relay.simulation.Scenario.Shift;

/** The model against cases whose answers are known. */
class SimulatorTests {

	private static final Pay PAY = new Pay(150, 5, 2, 4);

	private static List<Shift> weekdays(int startHour, int hours) {
		return Arrays.stream(DayOfWeek.values())
			.filter(day -> day.getValue() <= 5)
			.map(day -> new Shift(day, startHour * 60, hours * 60))
			.toList();
	}

	private static List<Shift> aroundTheClock() {
		return Arrays.stream(DayOfWeek.values()).map(day -> new Shift(day, 0, 24 * 60)).toList();
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 42, 2026 })
	void aSingleCallerWithFixedRatesFindsTheExpectedLeadsWithinTheInterval(long seed) {
		// one 4-hour shift a week, 5-minute calls: 48 calls a week; 50 % connect, 20 % of those interested
		var caller = new Person("caller", Set.of(Role.CALLER), List.of(new Shift(DayOfWeek.TUESDAY, 14 * 60, 240)), 120);
		var rates = new Rates(5, 0.5, 0.2, 1, 1, 0, 1, 30, 10, 0, 1, true);
		var scenario = new Scenario(Organisation.THREE_TIER, 10, List.of(caller), rates, PAY, 0);

		var report = Simulator.replicate(scenario, 200, seed);

		assertThat(report.get("calls").mean()).isEqualTo(480);
		assertThat(report.get("handedOver").contains(480 * 0.5 * 0.2)).as(report.get("handedOver").toString()).isTrue();
		assertThat(report.get("callerUtilisation").mean()).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void theClosersStageModelledAsMmcWaitsAsErlangCSays() {
		// Poisson leads at 2 an hour, exponential work of 1.2 hours, 3 closers around the clock: rho = 0.8
		double lambda = 2.0;
		double mu = 1 / 1.2;
		int c = 3;
		var closers = java.util.stream.IntStream.range(0, c)
			.mapToObj(i -> new Person("closer " + i, Set.of(Role.CLOSER), aroundTheClock(), 300))
			.toList();
		var rates = new Rates(5, 0, 0, 1, 1.2, 0, 1, 30, 10, 0, 1, false);
		var scenario = new Scenario(Organisation.THREE_TIER, 30, closers, rates, PAY, lambda);

		var report = Simulator.replicate(scenario, 20, 7);

		double expected = erlangCWait(lambda, mu, c);
		assertThat(expected).isCloseTo(1.294, within(0.001)); // hours: P(wait) 0.647 / (c mu - lambda)
		assertThat(report.get("leadWaitHours").mean()).isCloseTo(expected, within(expected * 0.08));
		assertThat(report.get("closerUtilisation").mean()).isCloseTo(lambda / (c * mu), within(0.02));
		assertThat(report.get("leadsWaiting").mean()).as("Little's law: Lq = lambda Wq").isCloseTo(lambda * expected,
				within(lambda * expected * 0.1));
	}

	@ParameterizedTest
	@ValueSource(longs = { 5, 8 })
	void clientsBuyAgainAsOftenAsTheRepeatIntervalSays(long seed) {
		// one lead an hour won at once, around the clock, for 4 weeks; a client won at hour t buys again (672 - t) / 504
		// times on average (every 21 days), so the clients buy 1 * 672^2 / (2 * 504) = 448 times in all
		var closer = new Person("closer", Set.of(Role.CLOSER), aroundTheClock(), 300);
		var managers = java.util.stream.IntStream.range(0, 2)
			.mapToObj(i -> new Person("manager " + i, Set.of(Role.ACCOUNT_MANAGER), aroundTheClock(), 280))
			.toList();
		var people = new java.util.ArrayList<Person>(managers);
		people.add(closer);
		var rates = new Rates(5, 0, 0, 1, 0.01, 1, 1, 21, 0.1, 1, 1, true);
		var scenario = new Scenario(Organisation.THREE_TIER, 4, people, rates, PAY, 1);

		var report = Simulator.replicate(scenario, 400, seed);

		assertThat(report.get("firstSales").contains(672)).as(report.get("firstSales").toString()).isTrue();
		assertThat(report.get("repeatPurchases").contains(448)).as(report.get("repeatPurchases").toString()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(longs = { 3, 77, 1234 })
	void theClassicModelWithOneEmployeeIsTheThreeTierOneWithThatEmployeeInEveryTier(long seed) {
		var everyone = new Person("Оксана", EnumSet.allOf(Role.class), weekdays(9, 8), 250);
		var rates = new Rates(4, 0.35, 0.08, 0.7, 3, 0.3, 40_000, 21, 15, 0.6, 8_000, false);

		var classic = Simulator.once(new Scenario(Organisation.CLASSIC, 26, List.of(everyone), rates, PAY, 0), seed);
		var threeTier = Simulator.once(new Scenario(Organisation.THREE_TIER, 26, List.of(everyone), rates, PAY, 0), seed);

		var operational = List.of("calls", "connected", "handedOver", "accepted", "firstSales", "newRevenue",
				"repeatPurchases", "repeatRevenue", "closerColdCallHours", "leadWaitHours", "leadsWaiting",
				"callerUtilisation", "closerUtilisation", "managerUtilisation");
		for (String figure : operational) {
			assertThat(classic.figures().get(figure)).as(figure).isEqualTo(threeTier.figures().get(figure));
		}
		assertThat(classic.hourlyCost()).isEqualTo(threeTier.hourlyCost());
		assertThat(classic.firstSales()).isPositive();
		assertThat(classic.repeatPurchases()).isPositive();
	}

	@Test
	void theSameSeedGivesTheSameReport() {
		var callers = List.of(new Person("a", Set.of(Role.CALLER), weekdays(10, 4), 120),
				new Person("b", Set.of(Role.CALLER), weekdays(14, 4), 120));
		var closer = new Person("c", Set.of(Role.CLOSER), weekdays(9, 8), 300);
		var manager = new Person("d", Set.of(Role.ACCOUNT_MANAGER), weekdays(9, 8), 280);
		var people = new java.util.ArrayList<Person>(callers);
		people.add(closer);
		people.add(manager);
		var rates = new Rates(4, 0.35, 0.08, 0.7, 3, 0.3, 40_000, 21, 15, 0.6, 8_000, false);
		var scenario = new Scenario(Organisation.THREE_TIER, 12, people, rates, PAY, 0);

		var first = Simulator.replicate(scenario, 16, 99);
		var second = Simulator.replicate(scenario, 16, 99);
		var other = Simulator.replicate(scenario, 16, 100);

		assertThat(second.figures()).isEqualTo(first.figures());
		assertThat(other.figures()).isNotEqualTo(first.figures());
	}

	@Test
	void inTheMixClosersSpendTheHoursTheirLeadsLeaveOnColdCalls() {
		var rates = Departments.typicalRates();
		var tiers = Simulator.once(Departments.threeTier(2, 2, 1, 8, rates, PAY), 5);
		var mix = Simulator.once(Departments.closersCalling(2, 2, 1, 8, rates, PAY), 5);

		assertThat(tiers.closerColdCallHours()).isZero();
		assertThat(mix.closerColdCallHours()).isPositive();
		assertThat(mix.calls()).isGreaterThan(tiers.calls());
	}

	/** Erlang C: the mean wait in the queue of an M/M/c system, in the time unit of the rates. */
	private static double erlangCWait(double lambda, double mu, int c) {
		double a = lambda / mu;
		double term = 1;
		double sum = 0;
		for (int k = 0; k < c; k++) {
			sum += term;
			term = term * a / (k + 1);
		}
		double last = term * c / (c - a); // a^c / c! * c / (c - a)
		double waitProbability = last / (sum + last);
		return waitProbability / (c * mu - lambda);
	}

}
