package ua.relay.prospecting;

/** What came of a call, one key each on the caller's desk. */
public enum CallOutcome {

	NOT_INTERESTED, INTERESTED

}
