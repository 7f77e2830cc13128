package ua.relay.prospecting;

/** What to do with a file that has bad rows. */
public enum ImportMode {

	/** Import the rows that passed every check; report the others. */
	VALID_ROWS,
	/** Import nothing unless every row passed. */
	ALL_OR_NOTHING

}
