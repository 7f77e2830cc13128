package ua.relay.accounts;

/** What came of a reminder: the account manager says it when marking the reminder done. */
public enum ReminderResult {

	/** The client ordered (the order itself is recorded on the client's card). */
	ORDERED,
	/** The client will order later: the next reminder follows its rhythm. */
	WILL_ORDER,
	/** The client needs nothing now. */
	NOT_NOW,
	/** Nobody answered; the manager tries again another day. */
	NO_ANSWER

}
