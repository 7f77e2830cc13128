package ua.relay.salesorg;

/** The stages a client passes, and the tier that works each in the three-tier model. */
public enum Tier {

	/** Lead generation: cold calls until a prospect is interested. */
	LG,
	/** Lead conversion: from a warm lead to the first sale. */
	LC,
	/** Account management: existing clients buying again. */
	AM

}
