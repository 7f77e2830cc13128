package ua.relay.salesorg.rest;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import ua.relay.platform.Actor;
import ua.relay.platform.DomainException;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.EmployeeView;
import ua.relay.salesorg.Leavers;
import ua.relay.salesorg.Move;
import ua.relay.salesorg.People;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.TeamId;
import ua.relay.salesorg.Tier;
import ua.relay.salesorg.Transfers;

@RestController
@RequestMapping("/api/v1/admin/employees")
@Tag(name = "People", description = "Employees and their logins: the administrator's and the head's")
class PeopleRestController {

	private final People people;

	private final Staff staff;

	private final Leavers leavers;

	private final Transfers transfers;

	PeopleRestController(People people, Staff staff, Leavers leavers, Transfers transfers) {
		this.people = people;
		this.staff = staff;
		this.leavers = leavers;
		this.transfers = transfers;
	}

	/** Where an employee moves: {@code tier} LG, LC or AM, {@code teamId} (none: no team), who takes what they held. */
	record MoveRequest(Tier tier, UUID teamId, UUID closerId, UUID accountManagerId) {
	}

	@PostMapping("/{id}/move")
	@Operation(summary = "An employee moves to another tier or team",
			description = "In one step: the new tier and team, the login in the new tier's role (open sessions sign in "
					+ "again), and what they held in the old tier handed over as a leaver's is, to the closer and account "
					+ "manager given or by the rules. The employee's moves are kept (GET …/moves).")
	Transfers.Moved move(@PathVariable UUID id, @RequestBody MoveRequest request, Actor actor) {
		return transfers.move(new EmployeeId(id), request.tier(), request.teamId() == null ? null : new TeamId(request.teamId()),
				request.closerId() == null ? null : new EmployeeId(request.closerId()),
				request.accountManagerId() == null ? null : new EmployeeId(request.accountManagerId()), actor);
	}

	@GetMapping("/{id}/moves")
	@Operation(summary = "An employee's moves between tiers and teams, the newest first")
	List<Move> moves(@PathVariable UUID id) {
		return transfers.moves(new EmployeeId(id));
	}

	/**
	 * {@code tier}: LG, LC, AM or HEAD; {@code invite}: start the login by an invitation to {@code email}
	 * (left out: whenever there is an e-mail and an SMTP server), {@code false} for a one-time password.
	 */
	record HireRequest(String fullName, String tier, String username, String email, Integer capacity, String extension,
			UUID teamId, Boolean invite) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Hire an employee with a login",
			description = "With an e-mail and an SMTP server configured, the login is started by an invitation sent to "
					+ "the e-mail (invitedAt, invitationExpires): its link lets them choose their password. Otherwise (or "
					+ "with invite false) the answer holds the one-time password, shown this once; the first sign-in asks "
					+ "for a password of their own. An invitation that cannot be sent hires nobody (409).")
	People.Hired hire(@RequestBody HireRequest request) {
		boolean head = "HEAD".equals(request.tier());
		Tier tier = null;
		if (!head) {
			try {
				tier = request.tier() == null ? null : Tier.valueOf(request.tier());
			}
			catch (IllegalArgumentException ex) {
				throw DomainException.invalid("employee.tier-required", "A tier is LG, LC, AM or HEAD, not " + request.tier());
			}
		}
		boolean hasEmail = request.email() != null && !request.email().isBlank();
		boolean invite = request.invite() == null ? hasEmail && people.canInvite() : request.invite();
		return people.hire(new People.Hire(request.fullName(), tier, head, request.username(), request.email(),
				request.capacity(), request.extension(), request.teamId() == null ? null : new TeamId(request.teamId()),
				invite));
	}

	@PostMapping("/{id}/invite")
	@Operation(summary = "A new invitation to an employee's e-mail",
			description = "The link lost or expired, or a forgotten password: the old link and password stop working.")
	People.Hired invite(@PathVariable UUID id) {
		return people.reinvite(new EmployeeId(id));
	}

	@PostMapping("/{id}/reset-password")
	@Operation(summary = "A new one-time password for an employee's login",
			description = "Shown this once; the old password stops working, and the next sign-in asks for a new one.")
	People.Hired resetPassword(@PathVariable UUID id) {
		return people.resetPassword(new EmployeeId(id));
	}

	/** Who takes the leaver's leads and deals, and their clients; left out, the distribution and the specialisation rule decide. */
	record LeaveRequest(UUID closerId, UUID accountManagerId) {
	}

	@GetMapping("/{id}/leave")
	@Operation(summary = "What an employee holds, before they leave",
			description = "Their prospect on the line, callbacks, waiting leads, open deals and clients, and who could take them.")
	Leavers.Summary leaving(@PathVariable UUID id) {
		return leavers.summary(new EmployeeId(id));
	}

	@PostMapping("/{id}/leave")
	@Operation(summary = "An employee leaves",
			description = "In one step: their login stops at once (sessions and API tokens included), the prospect they "
					+ "hold goes back to the queue, their callbacks to their team, their leads and deals to the closer "
					+ "given or by the distribution, their clients to the account manager given or by the "
					+ "specialisation rule. The responsibility matrix records every reassignment. If nobody can take "
					+ "something, nothing is done (409).")
	Leavers.Left leave(@PathVariable UUID id, @RequestBody(required = false) LeaveRequest request, Actor actor) {
		var to = request == null ? new LeaveRequest(null, null) : request;
		return leavers.leave(new EmployeeId(id), to.closerId() == null ? null : new EmployeeId(to.closerId()),
				to.accountManagerId() == null ? null : new EmployeeId(to.accountManagerId()), actor);
	}

	@GetMapping
	@Operation(summary = "The employees")
	List<EmployeeView> all() {
		return staff.all();
	}

}
