package ua.relay.accounts.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A client's own buying rhythm from the days it ordered: the typical interval is the median of the
 * gaps between orders (one odd gap does not move it); with fewer than two gaps the segment's interval
 * stands in. The next purchase is expected one interval after the last, unless the client's history
 * shows a season: when, a year earlier, it did not buy around that day at all, it is expected when it
 * came back then, a year on. A client is due from the expected day, and at risk once it has gone more
 * than twice its interval without buying.
 */
public record BuyingRhythm(int intervalDays, boolean fromOwnHistory, LocalDate lastPurchase, LocalDate nextExpected,
		String basis) {

	private static final int AT_RISK_FACTOR = 2;

	public static BuyingRhythm of(List<LocalDate> purchases, int segmentIntervalDays) {
		if (purchases.isEmpty()) {
			throw new IllegalArgumentException("A rhythm needs at least one purchase");
		}
		var days = purchases.stream().distinct().sorted().toList();
		var last = days.get(days.size() - 1);
		var gaps = new ArrayList<Long>();
		for (int i = 1; i < days.size(); i++) {
			gaps.add(ChronoUnit.DAYS.between(days.get(i - 1), days.get(i)));
		}
		if (gaps.size() < 2) {
			return new BuyingRhythm(segmentIntervalDays, false, last, last.plusDays(segmentIntervalDays),
					"segment");
		}
		int interval = (int) median(gaps);
		var expected = last.plusDays(interval);
		var yearEarlier = expected.minusYears(1);
		boolean yearOfHistory = !days.get(0).isAfter(yearEarlier.minusDays(interval));
		if (yearOfHistory && noneWithin(days, yearEarlier, Math.max(7, interval / 2))) {
			var cameBack = days.stream().filter(d -> d.isAfter(yearEarlier)).findFirst();
			if (cameBack.isPresent() && cameBack.get().plusYears(1).isAfter(expected)) {
				return new BuyingRhythm(interval, true, last, cameBack.get().plusYears(1), "season");
			}
		}
		return new BuyingRhythm(interval, true, last, expected, "median");
	}

	public long daysSinceLast(LocalDate today) {
		return ChronoUnit.DAYS.between(lastPurchase, today);
	}

	public boolean due(LocalDate today) {
		return !today.isBefore(nextExpected);
	}

	/** Well beyond its rhythm: more than twice the interval since the last purchase, and past the expected day. */
	public boolean atRisk(LocalDate today) {
		return due(today) && daysSinceLast(today) > (long) AT_RISK_FACTOR * intervalDays;
	}

	private static boolean noneWithin(List<LocalDate> days, LocalDate around, int halfWindow) {
		return days.stream().noneMatch(d -> Math.abs(ChronoUnit.DAYS.between(around, d)) <= halfWindow);
	}

	private static long median(List<Long> values) {
		var sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : Math.round((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
	}

}
