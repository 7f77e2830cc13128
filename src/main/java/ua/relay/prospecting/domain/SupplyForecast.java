package ua.relay.prospecting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import ua.relay.salesorg.ShiftPlan;

/**
 * Tier 2's supply of leads against tier 1's shifts. Callers bring leads at their rate per shift hour;
 * closers take them at their capacity per shift hour; the stock in between is tier 2's inbox. A day on
 * which closers would take more than the stock and the day's supply is a day tier 2 runs dry.
 */
public final class SupplyForecast {

	/** Someone whose shifts bring (a caller) or take (a closer) leads at {@code leadsPerHour}. */
	public record Person(String id, ShiftPlan plan, double leadsPerHour) {
	}

	public record Day(LocalDate date, double supply, double demand, double stockAtEnd, boolean dry) {
	}

	private SupplyForecast() {
	}

	public static List<Day> days(LocalDate first, int count, double stock, List<Person> callers, List<Person> closers) {
		var days = new ArrayList<Day>();
		double inbox = stock;
		for (int d = 0; d < count; d++) {
			var date = first.plusDays(d);
			double supply = callers.stream().mapToDouble(c -> c.plan().hoursOn(date) * c.leadsPerHour()).sum();
			double demand = closers.stream().mapToDouble(c -> c.plan().hoursOn(date) * c.leadsPerHour()).sum();
			boolean dry = demand > 0 && inbox + supply < demand;
			inbox = Math.max(0, inbox + supply - demand);
			days.add(new Day(date, supply, demand, inbox, dry));
		}
		return days;
	}

	/**
	 * How many interested leads the caller should leave this shift so that the closers do not run dry
	 * before the caller's next shift: the closers' demand until then, less the stock and what callers
	 * whose shifts start in between will bring, shared among the callers on shift now.
	 */
	public static int targetFor(Person caller, Instant now, ZoneId zone, double stock, List<Person> callers,
			List<Person> closers) {
		var next = caller.plan().nextStartAfter(now, zone).orElse(now.plus(java.time.Duration.ofDays(7)));
		double demand = closers.stream().mapToDouble(c -> c.plan().hoursBetween(now, next, zone) * c.leadsPerHour()).sum();
		var onShift = callers.stream().filter(c -> c.plan().onShift(now, zone)).map(Person::id).toList();
		double others = callers.stream()
			.filter(c -> !onShift.contains(c.id()) && !c.id().equals(caller.id()))
			.mapToDouble(c -> c.plan().hoursBetween(now, next, zone) * c.leadsPerHour())
			.sum();
		int sharing = Math.max(1, (int) onShift.stream().filter(id -> !id.equals(caller.id())).count() + 1);
		return (int) Math.ceil(Math.max(0, demand - stock - others) / sharing);
	}

}
