package ua.relay.accounts.domain;

/**
 * The usual named segments of RFM analysis, read off the recency and frequency scores (1–5, 5 best):
 * recent and frequent are champions; frequent but gone quiet are at risk or cannot be lost; and so on.
 */
public enum RfmSegment {

	CHAMPIONS, LOYAL, POTENTIAL_LOYALISTS, NEW_CUSTOMERS, PROMISING, NEED_ATTENTION, ABOUT_TO_SLEEP, AT_RISK,
	CANNOT_LOSE_THEM, HIBERNATING, LOST;

	public static RfmSegment of(int recency, int frequency) {
		if (recency >= 4 && frequency >= 4) {
			return CHAMPIONS;
		}
		if (recency >= 3 && frequency >= 4) {
			return LOYAL;
		}
		if (recency >= 4 && frequency >= 2) {
			return POTENTIAL_LOYALISTS;
		}
		if (recency == 5) {
			return NEW_CUSTOMERS;
		}
		if (recency == 4) {
			return PROMISING;
		}
		if (recency == 3) {
			return frequency == 3 ? NEED_ATTENTION : ABOUT_TO_SLEEP;
		}
		if (frequency >= 4) {
			return recency == 1 ? CANNOT_LOSE_THEM : AT_RISK;
		}
		if (frequency == 3) {
			return AT_RISK;
		}
		return recency == 2 ? HIBERNATING : LOST;
	}

}
