package ua.relay.analytics.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import ua.relay.analytics.CommissionKind;
import ua.relay.analytics.CommissionRate;

/**
 * The plan over time: for each kind, the rate in force on a day is the one with the latest effective day
 * on or before it (of two set for the same day, the later change). A change mid-month applies from its own
 * day, and the days before keep the old rate.
 */
public final class RateTable {

	private final Map<CommissionKind, TreeMap<LocalDate, CommissionRate>> byKind = new EnumMap<>(CommissionKind.class);

	public RateTable(List<CommissionRate> history) {
		history.stream()
			.sorted(Comparator.comparing(CommissionRate::changedAt))
			.forEach(rate -> byKind.computeIfAbsent(rate.kind(), k -> new TreeMap<>()).put(rate.effectiveFrom(), rate));
	}

	public Optional<CommissionRate> on(CommissionKind kind, LocalDate day) {
		var rates = byKind.get(kind);
		return rates == null ? Optional.empty() : Optional.ofNullable(rates.floorEntry(day)).map(Map.Entry::getValue);
	}

	public BigDecimal rateOn(CommissionKind kind, LocalDate day) {
		return on(kind, day).map(CommissionRate::rate).orElse(BigDecimal.ZERO);
	}

}
