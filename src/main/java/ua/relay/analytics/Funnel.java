package ua.relay.analytics;

import java.util.ArrayList;
import java.util.List;

/**
 * The relay's funnel over a period, each step counting what the one before fed it: the calls made in the
 * period; of them, the interested prospects handed to tier 2; of those hand-overs, the leads tier 2 accepted
 * and the first sales they became (by now). So no step is ever more than the one before (a share of at most
 * 100 %). What does not flow from these calls is shown apart: the prospects added to the lists, the leads that
 * came in by phone or website, and the clients' repeat purchases in the period.
 */
public record Funnel(List<Step> steps, List<Step> apart) {

	public record Step(String code, long count, Double shareOfPrevious) {
	}

	public static Funnel of(long calls, long handedOver, long accepted, long firstSales, long prospects, long inbound,
			long repeatPurchases) {
		String[] codes = { "calls", "handed-over", "accepted", "first-sales" };
		long[] counts = { calls, handedOver, accepted, firstSales };
		var steps = new ArrayList<Step>();
		for (int i = 0; i < codes.length; i++) {
			Double share = i == 0 || counts[i - 1] == 0 ? null : 100.0 * counts[i] / counts[i - 1];
			steps.add(new Step(codes[i], counts[i], share));
		}
		return new Funnel(steps, List.of(new Step("prospects", prospects, null), new Step("inbound", inbound, null),
				new Step("repeat-purchases", repeatPurchases, null)));
	}

	public long count(String code) {
		return java.util.stream.Stream.concat(steps.stream(), apart.stream())
			.filter(s -> s.code().equals(code))
			.findFirst()
			.map(Step::count)
			.orElseThrow();
	}

}
