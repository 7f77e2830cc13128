package ua.relay.salesorg;

import java.time.Instant;
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
 * capacity and PBX extension, and a login started by an invitation sent to their e-mail (where an SMTP
 * server is configured) or by a one-time password shown once; either way they choose their own password
 * before anything else.
 */
@Service
public class People {

	private final Staff staff;

	private final UserManagement users;

	private final AuditTrail audit;

	private final Teams teams;

	People(Staff staff, UserManagement users, AuditTrail audit, Teams teams) {
		this.teams = teams;
		this.audit = audit;
		this.staff = staff;
		this.users = users;
	}

	/**
	 * Whom to hire: {@code tier} LG, LC or AM, or none with {@code headOfSales}; {@code capacity} and
	 * {@code extension} may be left out.
	 */
	public record Hire(String fullName, Tier tier, boolean headOfSales, String username, String email, Integer capacity,
			String extension, TeamId team, boolean invite) {
	}

	/**
	 * The employee hired and how their login starts: the invitation sent to {@code invitedAt}, valid until
	 * {@code invitationExpires}, or else the one-time password, shown this once.
	 */
	public record Hired(EmployeeId employee, String username, String oneTimePassword, String invitedAt,
			Instant invitationExpires) implements java.io.Serializable {

		static Hired withPassword(EmployeeId employee, String username, String oneTimePassword) {
			return new Hired(employee, username, oneTimePassword, null, null);
		}

	}

	/** Whether logins can be started by an invitation by e-mail. */
	public boolean canInvite() {
		return users.canInvite();
	}

	/** A new invitation to the employee's e-mail (the link lost or expired, or a forgotten password); the old one stops. */
	@Transactional
	public Hired reinvite(EmployeeId employee) {
		var view = staff.get(employee);
		if (view.email() == null) {
			throw DomainException.invalid("employee.email-for-invitation", "An invitation needs the e-mail address");
		}
		var invited = users.reinvite(employee.value(), new EmailAddress(view.email()));
		return new Hired(employee, invited.username(), null, invited.sentTo(), invited.expires());
	}

	/** A new one-time password for the employee's login, shown this once (a forgotten password). */
	@Transactional
	public Hired resetPassword(EmployeeId employee) {
		staff.get(employee);
		var login = users.resetPassword(employee.value());
		return Hired.withPassword(employee, login.username(), login.oneTimePassword());
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
		if (hire.team() != null && (tier == null || !teams.open(tier).stream().anyMatch(t -> t.id().equals(hire.team())))) {
			throw DomainException.invalid("team.other-tier", "The team is closed or of another tier");
		}
		var employee = staff.hire(new NewEmployee(hire.fullName().strip(), tier, hire.team(), hire.headOfSales(), email));
		if (hire.capacity() != null && !hire.headOfSales()) {
			staff.setCapacity(employee, hire.capacity());
		}
		if (hire.extension() != null && !hire.extension().isBlank()) {
			staff.setExtension(employee, hire.extension());
		}
		var role = hire.headOfSales() ? Role.HEAD : Transfers.role(tier);
		audit.record("employee-hired", hire.fullName().strip(), role.name() + ", login " + hire.username().strip());
		if (hire.invite()) {
			if (email == null) {
				throw DomainException.invalid("employee.email-for-invitation", "An invitation needs the e-mail address");
			}
			var invited = users.createUserWithInvitation(hire.username(), hire.fullName().strip(), EnumSet.of(role),
					employee.value(), email);
			return new Hired(employee, invited.username(), null, invited.sentTo(), invited.expires());
		}
		var login = users.createUserWithOneTimePassword(hire.username(), hire.fullName().strip(), EnumSet.of(role),
				employee.value());
		return Hired.withPassword(employee, login.username(), login.oneTimePassword());
	}

}
