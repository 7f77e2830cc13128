package ua.relay.party;

import java.util.UUID;

/**
 * Whose records a search may show: everybody's (the head's and the administrator's search) or one
 * employee's own ({@code employee} null for everybody's); each {@link SearchSource} reads its records under it.
 */
public record SearchScope(UUID employee) {

	/** No one employee: the records of all. */
	public static final SearchScope EVERYBODY = new SearchScope(null);

}
