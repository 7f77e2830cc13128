package ua.relay.simulation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One replication's outcome. {@code closerColdCallHours}: hours people who could close spent on cold calls
 * (in the classic model, everyone); {@code leadWaitHours}: the mean time a lead waited to be worked;
 * {@code leadsWaiting}: the time-average number of leads waiting; utilisation: busy share of shift time of the
 * people holding each role.
 */
public record Result(long calls, long connected, long handedOver, long accepted, long firstSales, double newRevenue,
		long repeatPurchases, double repeatRevenue, double hourlyCost, double commissions, double closerColdCallHours,
		double leadWaitHours, double leadsWaiting, long leadsWaitingAtEnd, double callerUtilisation,
		double closerUtilisation, double managerUtilisation) {

	public double costOfSales() {
		return hourlyCost + commissions;
	}

	public double costPerAcquiredClient() {
		return firstSales == 0 ? Double.NaN : costOfSales() / firstSales;
	}

	/** Every figure by name, in a fixed order: what replications average and reports show. */
	public Map<String, Double> figures() {
		var figures = new LinkedHashMap<String, Double>();
		figures.put("calls", (double) calls);
		figures.put("connected", (double) connected);
		figures.put("handedOver", (double) handedOver);
		figures.put("accepted", (double) accepted);
		figures.put("firstSales", (double) firstSales);
		figures.put("newRevenue", newRevenue);
		figures.put("repeatPurchases", (double) repeatPurchases);
		figures.put("repeatRevenue", repeatRevenue);
		figures.put("costOfSales", costOfSales());
		figures.put("costPerAcquiredClient", costPerAcquiredClient());
		figures.put("closerColdCallHours", closerColdCallHours);
		figures.put("leadWaitHours", leadWaitHours);
		figures.put("leadsWaiting", leadsWaiting);
		figures.put("callerUtilisation", callerUtilisation);
		figures.put("closerUtilisation", closerUtilisation);
		figures.put("managerUtilisation", managerUtilisation);
		return figures;
	}

}
