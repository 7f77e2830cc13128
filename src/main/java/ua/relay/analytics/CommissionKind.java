package ua.relay.analytics;

import ua.relay.salesorg.Tier;

/**
 * What a commission is paid for, and in which tier: tier 1 per lead tier 2 accepted and per meeting held;
 * tier 2 a percentage of first-sale revenue; tier 3 a percentage of repeat revenue; in the classic model
 * one percentage of all the revenue the employee brings.
 */
public enum CommissionKind {

	LEAD_ACCEPTED(Tier.LG, false), MEETING_HELD(Tier.LG, false), FIRST_SALE(Tier.LC, true), REPEAT_SALE(Tier.AM, true),
	CLASSIC(null, true);

	private final Tier tier;

	private final boolean percent;

	CommissionKind(Tier tier, boolean percent) {
		this.tier = tier;
		this.percent = percent;
	}

	/** The tier it pays in the three-tier model; none for the classic rate. */
	public Tier tier() {
		return tier;
	}

	/** A percentage of revenue, or else an amount in UAH per item. */
	public boolean percent() {
		return percent;
	}

}
