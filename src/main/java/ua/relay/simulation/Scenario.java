package ua.relay.simulation;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the simulator runs: how the department is organised, who works when and at what cost, the rates of
 * every step, the commission plan, and for how many weeks. Times are in minutes, rates are shares (0–1).
 */
public record Scenario(Organisation organisation, int weeks, List<Person> people, Rates rates, Pay pay,
		double inboundLeadsPerHour) {

	public Scenario {
		Objects.requireNonNull(organisation, "organisation");
		people = List.copyOf(people);
		if (weeks < 1 || weeks > 520) {
			throw new IllegalArgumentException("Between 1 and 520 weeks, not " + weeks);
		}
		if (people.isEmpty()) {
			throw new IllegalArgumentException("A department has people");
		}
		if (inboundLeadsPerHour < 0) {
			throw new IllegalArgumentException("Inbound leads per hour cannot be negative");
		}
	}

	/** Classic: each person carries their own companies through every stage; three tiers: shared queues per tier. */
	public enum Organisation {

		CLASSIC, THREE_TIER

	}

	public enum Role {

		CALLER, CLOSER, ACCOUNT_MANAGER

	}

	/** A person, the work they may do, their weekly shifts and their cost per hour on shift (UAH). */
	public record Person(String name, Set<Role> roles, List<Shift> shifts, double hourlyCost) {

		public Person {
			roles = Set.copyOf(roles);
			shifts = List.copyOf(shifts);
			if (roles.isEmpty()) {
				throw new IllegalArgumentException(name + " has no role");
			}
		}

	}

	/** A weekly shift: the day, the minute of the day it starts at, and how many minutes it lasts. */
	public record Shift(DayOfWeek day, int startMinute, int minutes) {

		public Shift {
			if (startMinute < 0 || startMinute >= 24 * 60 || minutes <= 0 || minutes > 24 * 60) {
				throw new IllegalArgumentException("A shift starts within its day and lasts up to a day");
			}
		}

	}

	/**
	 * The steps' rates and durations: a cold call's minutes, the share connected, interested (handed over) and
	 * accepted by tier 2; the hours of work a lead takes and the share that ends in a first sale and its mean
	 * value; the mean days between a client's purchases, the minutes of a reminder call, the share of reminded
	 * clients who buy and the mean repeat order. {@code fixedDurations}: durations exactly their mean (else
	 * exponential).
	 */
	public record Rates(double callMinutes, double connected, double interested, double accepted, double leadWorkHours,
			double firstSale, double firstSaleValue, double repeatEveryDays, double reminderMinutes, double repeatShare,
			double repeatValue, boolean fixedDurations) {

		public Rates {
			for (double share : new double[] { connected, interested, accepted, firstSale, repeatShare }) {
				if (share < 0 || share > 1) {
					throw new IllegalArgumentException("A share is between 0 and 1, not " + share);
				}
			}
			if (callMinutes <= 0 || leadWorkHours <= 0 || repeatEveryDays <= 0 || reminderMinutes <= 0) {
				throw new IllegalArgumentException("Durations are positive");
			}
		}

	}

	/** The commission plan: UAH per lead tier 2 accepted; percentages of first sales, repeat sales, and classic revenue. */
	public record Pay(double perAcceptedLead, double firstSalePercent, double repeatPercent, double classicPercent) {
	}

}
