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

import ua.relay.platform.DomainException;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.EmployeeView;
import ua.relay.salesorg.People;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.Tier;

@RestController
@RequestMapping("/api/v1/admin/employees")
@Tag(name = "People", description = "Employees and their logins: the administrator's and the head's")
class PeopleRestController {

	private final People people;

	private final Staff staff;

	PeopleRestController(People people, Staff staff) {
		this.people = people;
		this.staff = staff;
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

	@GetMapping
	@Operation(summary = "The employees")
	List<EmployeeView> all() {
		return staff.all();
	}

}
