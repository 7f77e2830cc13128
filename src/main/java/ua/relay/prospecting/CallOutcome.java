package ua.relay.prospecting;

/** What came of a call, one key each on the caller's desk. */
public enum CallOutcome {

	/** Nobody picked up: the prospect comes back after the retry delay, up to the attempt limit. */
	NO_ANSWER,
	/** The line was busy: it comes back sooner. */
	BUSY,
	/** The number is not this company's: closed. */
	WRONG_NUMBER,
	/** The prospect declined; the note says why. */
	NOT_INTERESTED,
	/** The prospect asked to be called at a given time: back to the same caller then. */
	CALLBACK,
	/** The prospect asked never to be called again: its numbers go on the do-not-call list at once. */
	DO_NOT_CALL,
	/** Interested: handed over to tier 2 with what the caller learned. */
	INTERESTED,
	/** The prospect asked what the caller cannot answer: handed over at once, the question written down, urgent. */
	ESCALATE,
	/** A meeting with a closer is booked in the closer's calendar: handed over to that closer. */
	MEETING_BOOKED;

	public boolean handsOver() {
		return this == INTERESTED || this == ESCALATE || this == MEETING_BOOKED;
	}

}
