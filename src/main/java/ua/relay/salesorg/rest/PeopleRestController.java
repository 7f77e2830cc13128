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
import ua.relay.salesorg.People;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.Tier;

@RestController
@RequestMapping("/api/v1/admin/employees")
@Tag(name = "People", description = "Employees and their logins: the administrator's and the head's")
class PeopleRestController {

	private final People people;

	private final Staff staff;

	private final Leavers leavers;

	PeopleRestController(People people, Staff staff, Leavers leavers) {
		this.people = people;
		this.staff = staff;
		this.leavers = leavers;
	}

	/** {@code tier}: LG, LC, AM or HEAD. */
	record HireRequest(String fullName, String tier, String username, String email, Integer capacity, String extension) {
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Hire an employee with a login",
			description = "Answers with the employee and the one-time password, shown this once; the first sign-in asks "
					+ "for a password of their own.")
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
		return people.hire(new People.Hire(request.fullName(), tier, head, request.username(), request.email(),
				request.capacity(), request.extension()));
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
