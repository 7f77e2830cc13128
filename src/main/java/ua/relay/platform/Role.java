package ua.relay.platform;

import java.util.EnumSet;
import java.util.Set;

/** What a user may do in Relay. A user holds one or more. */
public enum Role {

	ADMIN, HEAD, CALLER, CLOSER, ACCOUNT_MANAGER;

	/** The roles of people who sell, as opposed to those who run the department. */
	public static final Set<Role> SALES = EnumSet.of(CALLER, CLOSER, ACCOUNT_MANAGER);

	/** The roles that see every record of every tier. */
	public static final Set<Role> OVERSEERS = EnumSet.of(ADMIN, HEAD);

	public String authority() {
		return "ROLE_" + name();
	}

}
