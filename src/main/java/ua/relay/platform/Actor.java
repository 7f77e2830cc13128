package ua.relay.platform;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is acting: the logged-in user, the employee behind them (none for a pure administrator) and
 * their roles. Services take it to apply the record-level rules.
 */
public record Actor(UUID userId, String username, String displayName, UUID employeeId, Set<Role> roles)
		implements java.io.Serializable {

	public Actor {
		roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
	}

	public Optional<UUID> employee() {
		return Optional.ofNullable(employeeId);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** Heads of sales and administrators see every record. */
	public boolean seesEverything() {
		return roles.stream().anyMatch(Role.OVERSEERS::contains);
	}

	/** True where the actor sees all, or is the employee given. */
	public boolean isOrOversees(UUID employee) {
		return seesEverything() || (employeeId != null && employeeId.equals(employee));
	}

	/** The employee behind this user, or a 403 for a user who is nobody's employee. */
	public UUID requireEmployee() {
		return employee().orElseThrow(() -> DomainException.forbidden("actor.not-employee",
				"User " + username + " is not linked to an employee"));
	}

}
