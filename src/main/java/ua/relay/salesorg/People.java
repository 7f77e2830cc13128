package ua.relay.salesorg;

import java.util.EnumSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.platform.AuditTrail;
import ua.relay.platform.DomainException;
import ua.relay.platform.Role;
import ua.relay.platform.UserManagement;
import ua.relay.shared.EmailAddress;

/**
 * Hiring someone with a login, in one step: the employee in their tier (or as head of sales), their
 * capacity and PBX extension, and a login whose one-time password is shown once and must be changed at the
 * first sign-in.
 */
@Service
public class People {

	private final Staff staff;

	private final UserManagement users;

	private final AuditTrail audit;

	People(Staff staff, UserManagement users, AuditTrail audit) {
		this.audit = audit;
		this.staff = staff;
		this.users = users;
	}

	/**
	 * Whom to hire: {@code tier} LG, LC or AM, or none with {@code headOfSales}; {@code capacity} and
	 * {@code extension} may be left out.
	 */
	public record Hire(String fullName, Tier tier, boolean headOfSales, String username, String email, Integer capacity,
			String extension) {
	}

	/** The employee hired and the login they start with. */
	public record Hired(EmployeeId employee, String username, String oneTimePassword) {
	}

	/** A new one-time password for the employee's login, shown this once (a forgotten password). */
	@Transactional
	public Hired resetPassword(EmployeeId employee) {
		staff.get(employee);
		var login = users.resetPassword(employee.value());
		return new Hired(employee, login.username(), login.oneTimePassword());
	}

	@Transactional
	public Hired hire(Hire hire) {
		if (hire.fullName() == null || hire.fullName().isBlank() || hire.fullName().strip().length() > 200) {
			throw DomainException.invalid("employee.fullName-required", "The employee's name is needed");
		}
		if (hire.tier() == null && !hire.headOfSales()) {
			throw DomainException.invalid("employee.tier-required", "Choose the tier, or head of sales");
		}
		UserManagement.checkUsername(hire.username());
		EmailAddress email = null;
		if (hire.email() != null && !hire.email().isBlank()) {
			try {
				email = new EmailAddress(hire.email());
			}
			catch (IllegalArgumentException ex) {
				throw DomainException.invalid("employee.email-invalid", "Not an e-mail address: " + hire.email());
			}
		}
		var tier = hire.headOfSales() ? null : hire.tier();
		var employee = staff.hire(new NewEmployee(hire.fullName().strip(), tier, null, hire.headOfSales(), email));
		if (hire.capacity() != null && !hire.headOfSales()) {
			staff.setCapacity(employee, hire.capacity());
		}
		if (hire.extension() != null && !hire.extension().isBlank()) {
			staff.setExtension(employee, hire.extension());
		}
		var role = hire.headOfSales() ? Role.HEAD : switch (tier) {
			case LG -> Role.CALLER;
			case LC -> Role.CLOSER;
			case AM -> Role.ACCOUNT_MANAGER;
		};
		var login = users.createUserWithOneTimePassword(hire.username(), hire.fullName().strip(), EnumSet.of(role),
				employee.value());
		audit.record("employee-hired", hire.fullName().strip(), role.name() + ", login " + login.username());
		return new Hired(employee, login.username(), login.oneTimePassword());
	}

}
