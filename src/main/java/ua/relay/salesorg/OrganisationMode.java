package ua.relay.salesorg;

public enum OrganisationMode {

	/** One employee carries their own clients through every stage. */
	CLASSIC,
	/** Each stage has its specialists, and clients pass from tier to tier. */
	THREE_TIER

}
