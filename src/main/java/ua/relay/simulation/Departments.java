package ua.relay.simulation;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import ua.relay.simulation.Scenario.Organisation;
import ua.relay.simulation.Scenario.Person;
import ua.relay.simulation.Scenario.Role;
import ua.relay.simulation.Scenario.Shift;

/**
 * Departments to compare: the same head count organised in three tiers (part-time callers on short shifts,
 * closers and account managers full time) or classically (everyone full time, doing everything).
 */
public final class Departments {

	private Departments() {
	}

	/** The rates of a cargo company like the demo's, until the company's own history calibrates them. */
	public static Scenario.Rates typicalRates() {
		return new Scenario.Rates(4, 0.35, 0.08, 0.7, 3, 0.3, 40_000, 21, 15, 0.6, 8_000, false);
	}

	public static Scenario.Pay typicalPay() {
		return new Scenario.Pay(150, 5, 2, 4);
	}

	/** What an hour on shift costs the company (UAH): a caller, a closer, an account manager, a classic salesperson. */
	public record HourlyCosts(double caller, double closer, double manager, double generalist) {

		public HourlyCosts {
			if (caller < 0 || closer < 0 || manager < 0 || generalist < 0) {
				throw new IllegalArgumentException("An hour's cost is 0 UAH or more");
			}
		}

	}

	public static HourlyCosts typicalCosts() {
		return new HourlyCosts(120, 300, 280, 280);
	}

	/** Callers work four 4-hour shifts a week (Monday to Thursday, 14:00); the others 9:00–18:00 on weekdays. */
	public static Scenario threeTier(int callers, int closers, int managers, int weeks, Scenario.Rates rates,
			Scenario.Pay pay) {
		return threeTier(callers, closers, managers, weeks, rates, pay, typicalCosts());
	}

	public static Scenario threeTier(int callers, int closers, int managers, int weeks, Scenario.Rates rates,
			Scenario.Pay pay, HourlyCosts costs) {
		var people = new ArrayList<Person>();
		for (int i = 1; i <= callers; i++) {
			people.add(new Person("Оператор " + i, Set.of(Role.CALLER), shifts(4, 14, 4), costs.caller()));
		}
		for (int i = 1; i <= closers; i++) {
			people.add(new Person("Менеджер з продажу " + i, Set.of(Role.CLOSER), shifts(5, 9, 9), costs.closer()));
		}
		for (int i = 1; i <= managers; i++) {
			people.add(new Person("Менеджер клієнтів " + i, Set.of(Role.ACCOUNT_MANAGER), shifts(5, 9, 9), costs.manager()));
		}
		return new Scenario(Organisation.THREE_TIER, weeks, people, rates, pay, 0);
	}

	/**
	 * A mix: three tiers, but the closers fill the time their leads leave with cold calls of their own (the
	 * hand-overs still go to the shared queue).
	 */
	public static Scenario closersCalling(int callers, int closers, int managers, int weeks, Scenario.Rates rates,
			Scenario.Pay pay) {
		return closersCalling(callers, closers, managers, weeks, rates, pay, typicalCosts());
	}

	public static Scenario closersCalling(int callers, int closers, int managers, int weeks, Scenario.Rates rates,
			Scenario.Pay pay, HourlyCosts costs) {
		var tiers = threeTier(callers, closers, managers, weeks, rates, pay, costs);
		var people = tiers.people().stream()
			.map(p -> p.roles().contains(Role.CLOSER)
					? new Person(p.name(), EnumSet.of(Role.CLOSER, Role.CALLER), p.shifts(), p.hourlyCost()) : p)
			.toList();
		return new Scenario(Organisation.THREE_TIER, weeks, people, rates, pay, 0);
	}

	/** Everyone does everything for their own clients, 9:00–18:00 on weekdays. */
	public static Scenario classic(int people, int weeks, Scenario.Rates rates, Scenario.Pay pay) {
		return classic(people, weeks, rates, pay, typicalCosts());
	}

	public static Scenario classic(int people, int weeks, Scenario.Rates rates, Scenario.Pay pay, HourlyCosts costs) {
		var staff = new ArrayList<Person>();
		for (int i = 1; i <= people; i++) {
			staff.add(new Person("Менеджер " + i, EnumSet.allOf(Role.class), shifts(5, 9, 9), costs.generalist()));
		}
		return new Scenario(Organisation.CLASSIC, weeks, staff, rates, pay, 0);
	}

	private static List<Shift> shifts(int days, int startHour, int hours) {
		return Arrays.stream(DayOfWeek.values())
			.filter(day -> day.getValue() <= days)
			.map(day -> new Shift(day, startHour * 60, hours * 60))
			.toList();
	}

}
