package ua.relay.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * The relay's funnel over a period: how many of each step happened in it (prospects added, calls,
 * interested, handed over, accepted by tier 2, first sales, repeat purchases), and each step as a share of
 * the one before (none where the one before is zero). Steps are counted by when they happened, so a share
 * compares this period's volumes, not one cohort's path.
 */
public record Funnel(List<Step> steps) {

	public record Step(String code, long count, Double shareOfPrevious) {
	}

	public static Funnel of(long prospects, long calls, long interested, long handedOver, long accepted, long firstSales,
			long repeatPurchases) {
		String[] codes = { "prospects", "calls", "interested", "handed-over", "accepted", "first-sales", "repeat-purchases" };
		long[] counts = { prospects, calls, interested, handedOver, accepted, firstSales, repeatPurchases };
		var steps = new ArrayList<Step>();
		for (int i = 0; i < codes.length; i++) {
			Double share = i == 0 || counts[i - 1] == 0 ? null : 100.0 * counts[i] / counts[i - 1];
			steps.add(new Step(codes[i], counts[i], share));
		}
		return new Funnel(steps);
	}

	public long count(String code) {
		return steps.stream().filter(s -> s.code().equals(code)).findFirst().map(Step::count).orElseThrow();
	}

}
