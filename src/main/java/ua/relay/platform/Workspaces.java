package ua.relay.platform;

/** Where each role starts its day. The first role in this order that the user holds wins. */
public final class Workspaces {

	public static final String HEAD = "/salesorg/matrix";

	public static final String CALLER = "/prospecting/desk";

	public static final String CLOSER = "/conversion/inbox";

	public static final String ACCOUNT_MANAGER = "/accounts/clients";

	private Workspaces() {
	}

	public static String of(Actor actor) {
		if (actor.seesEverything()) {
			return HEAD;
		}
		if (actor.has(Role.CLOSER)) {
			return CLOSER;
		}
		if (actor.has(Role.ACCOUNT_MANAGER)) {
			return ACCOUNT_MANAGER;
		}
		if (actor.has(Role.CALLER)) {
			return CALLER;
		}
		return "/";
	}

}
