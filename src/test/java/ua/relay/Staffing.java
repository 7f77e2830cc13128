package ua.relay;

import java.util.EnumSet;
import java.util.UUID;

import org.springframework.stereotype.Component;

import ua.relay.platform.Actor;
import ua.relay.platform.Role;
import ua.relay.platform.UserManagement;
import ua.relay.platform.security.RelayUserDetails;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.NewEmployee;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.Tier;

/** Object mother for the people of integration tests: an employee with a user, unique per call. */
@Component
public class Staffing {

	public static final String PASSWORD = "secret-for-tests";

	private final Staff staff;

	private final UserManagement users;

	Staffing(Staff staff, UserManagement users) {
		this.staff = staff;
		this.users = users;
	}

	public Actor hire(Role role) {
		Tier tier = switch (role) {
			case CALLER -> Tier.LG;
			case CLOSER -> Tier.LC;
			case ACCOUNT_MANAGER -> Tier.AM;
			case HEAD, ADMIN -> null;
		};
		String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		EmployeeId employee = role == Role.ADMIN ? null
				: staff.hire(new NewEmployee(username, tier, null, role == Role.HEAD,
						new ua.relay.shared.EmailAddress(username + "@relay.test")));
		UUID employeeId = employee == null ? null : employee.value();
		if (employee != null) { // every employee has a line on the PBX, unique however many tests share the database
			staff.setExtension(employee, Long.toString(Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 900_000_000L)
					+ 100_000_000L));
		}
		UUID userId = users.createUser(username, PASSWORD, username, EnumSet.of(role), employeeId);
		return new Actor(userId, username, username, employeeId, EnumSet.of(role));
	}

	/** As an actor of a role whose employee is given, e.g. the closer the rules just chose. */
	public static Actor as(EmployeeId employee, Role role) {
		return new Actor(UUID.randomUUID(), "as-" + employee, "as-" + employee, employee.value(), EnumSet.of(role));
	}

	public static RelayUserDetails principal(Actor actor) {
		return new RelayUserDetails(actor, "{noop}" + PASSWORD, true);
	}

}
