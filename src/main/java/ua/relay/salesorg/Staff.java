package ua.relay.salesorg;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.platform.DomainException;
import ua.relay.salesorg.jdbc.EmployeeStore;

/** The people of the sales department. */
@Service
public class Staff {

	private final EmployeeStore employees;

	private final Clock clock;

	Staff(EmployeeStore employees, Clock clock) {
		this.employees = employees;
		this.clock = clock;
	}

	@Transactional
	public TeamId formTeam(String name, Tier tier) {
		var id = TeamId.random();
		employees.insertTeam(id, name, tier);
		return id;
	}

	/** Hires an employee; a team must be of the employee's own tier. */
	@Transactional
	public EmployeeId hire(NewEmployee employee) {
		if (employee.team() != null) {
			var teamTier = employees.teamTier(employee.team())
				.orElseThrow(() -> DomainException.notFound("team.not-found", "No team " + employee.team()));
			if (teamTier != employee.tier()) {
				throw DomainException.invalid("team.other-tier",
						"A " + employee.tier() + " employee cannot join a " + teamTier + " team");
			}
		}
		var id = EmployeeId.random();
		employees.insert(id, employee, clock.instant());
		return id;
	}

	/** How many open leads and deals the employee can carry; tier 2's distribution follows it. */
	@Transactional
	public void setCapacity(EmployeeId id, int capacity) {
		if (capacity < 0 || capacity > 1_000) {
			throw DomainException.invalid("employee.capacity", "A capacity is between 0 and 1000, not " + capacity);
		}
		get(id);
		employees.setCapacity(id, capacity);
	}

	/** Whom the specialist serves best; new clients like that go to them first. */
	@Transactional
	public void setSpecialisation(EmployeeId id, Specialisation serves) {
		get(id);
		if (serves.industriesText().length() > 500 || serves.sizesText().length() > 100 || serves.regionsText().length() > 500) {
			throw DomainException.invalid("employee.specialisation", "The specialisation is too long");
		}
		employees.setSpecialisation(id, serves);
	}

	/** The employee's extension on the PBX (digits, up to 20), or none; two employees never share one. */
	@Transactional
	public void setExtension(EmployeeId id, String extension) {
		get(id);
		String line = extension == null || extension.isBlank() ? null : extension.strip();
		if (line != null && !line.matches("[0-9*#]{1,20}")) {
			throw DomainException.invalid("employee.extension", "An extension is up to 20 digits, not " + extension);
		}
		var holder = line == null ? java.util.Optional.<EmployeeId>empty() : employees.byExtension(line);
		if (holder.isPresent() && !holder.get().equals(id)) {
			throw DomainException.conflict("employee.extension-taken",
					"Extension " + line + " belongs to " + get(holder.get()).fullName());
		}
		employees.setExtension(id, line);
	}

	/** Marks the employee as gone from now; false if they had left already. See {@link Leavers}. */
	@Transactional
	boolean leave(EmployeeId id) {
		get(id);
		return employees.leave(id, clock.instant());
	}

	public EmployeeView get(EmployeeId id) {
		return employees.find(id).orElseThrow(() -> DomainException.notFound("employee.not-found", "No employee " + id));
	}

	public List<EmployeeView> all() {
		return employees.all();
	}

	public Map<EmployeeId, String> names(Collection<EmployeeId> ids) {
		return employees.names(ids);
	}

}
