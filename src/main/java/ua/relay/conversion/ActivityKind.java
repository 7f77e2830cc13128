package ua.relay.conversion;

/** What kind of contact a deal's timeline records. */
public enum ActivityKind {

	CALL, MEETING, EMAIL, NOTE

}
