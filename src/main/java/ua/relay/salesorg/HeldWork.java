package ua.relay.salesorg;

import java.util.List;

/**
 * What an employee holds in one tier's module (a prospect on the line, callbacks, leads, deals, clients),
 * which only that module knows: it registers one of these, and a leaver's hand-over (or a move to another
 * tier) asks each in turn, inside the one transaction that also closes the login (or changes its role).
 */
public interface HeldWork {

	/** What the employee holds here now, one line per kind; nothing held, no line. */
	List<Held> heldBy(EmployeeId employee);

	/** Hands everything the leaver holds here over as the plan says; one line per kind and receiver. */
	List<Handed> handOver(HandOverPlan plan);

	/** The kinds of work a salesperson holds. */
	enum Kind {

		/** The prospect on a caller's screen: back to the queue. */
		PROSPECT_ON_LINE,
		/** Callbacks a caller promised: to their team. */
		CALLBACKS,
		/** Leads waiting in a closer's inbox. */
		LEADS,
		/** A closer's open deals, with their tasks. */
		DEALS,
		/** An account manager's clients, with their open tasks. */
		CLIENTS

	}

	record Held(Kind kind, int count) {
	}

	/** {@code count} of {@code kind} went to {@code to}; none: back to the queue or the team's pool. */
	record Handed(Kind kind, EmployeeId to, int count) {
	}

	/**
	 * Whose work, and where it goes: {@code closer} and {@code accountManager} chosen by the head, or none
	 * for the distribution and the specialisation rule; {@code why}: they left, or moved to another tier.
	 */
	record HandOverPlan(EmployeeView leaver, EmployeeId closer, EmployeeId accountManager, Why why) {

		/** The reason the matrix's history gives each reassignment of this hand-over. */
		public String reason() {
			return (why == Why.MOVED ? "reason.transfer-handover|" : "reason.leaver-handover|")
					+ leaver.fullName().replace('|', '/');
		}

	}

	/** Why someone's work is handed over. */
	enum Why {

		/** They left the company. */
		LEFT,
		/** They moved to another tier and hold work of their old one. */
		MOVED

	}

}
