package ua.relay.prospecting;

/**
 * A caller's figures over a period: calls made; connects (somebody answered); conversations (with the
 * right company); interested; handed over (interested or escalated); accepted by tier 2; first sales
 * that came of them.
 */
public record CallerNumbers(String caller, long calls, long connects, long conversations, long interested,
		long handedOver, long accepted, long firstSales) {

	/** Accepted leads per hundred calls: what tier 1 is paid for, per unit of its work. */
	public double acceptedPer100Calls() {
		return calls == 0 ? 0 : 100.0 * accepted / calls;
	}

}
