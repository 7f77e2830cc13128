package ua.relay.analytics;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The relay day by day (or week by week, from Monday): calls, hand-overs, leads accepted, first sales and revenue. */
public record Trend(List<Point> points) {

	public record Point(LocalDate day, long calls, long handedOver, long accepted, long firstSales, BigDecimal revenue) {

		Point plus(Point other) {
			return new Point(day, calls + other.calls, handedOver + other.handedOver, accepted + other.accepted,
					firstSales + other.firstSales, revenue.add(other.revenue));
		}

	}

	/** Every day from {@code from} to {@code to}, with zeros where nothing happened. */
	public static Trend daily(LocalDate from, LocalDate to, Map<LocalDate, Point> known) {
		var points = new ArrayList<Point>();
		for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
			points.add(known.getOrDefault(day, new Point(day, 0, 0, 0, 0, BigDecimal.ZERO)));
		}
		return new Trend(points);
	}

	/** The same by ISO week, each point dated by its Monday. */
	public Trend weekly() {
		var weeks = new TreeMap<LocalDate, Point>();
		for (var point : points) {
			var monday = point.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			var week = new Point(monday, point.calls(), point.handedOver(), point.accepted(), point.firstSales(), point.revenue());
			weeks.merge(monday, week, Point::plus);
		}
		return new Trend(new ArrayList<>(weeks.values()));
	}

}
