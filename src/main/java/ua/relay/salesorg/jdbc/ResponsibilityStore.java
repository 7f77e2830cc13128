package ua.relay.salesorg.jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.platform.SqlTime;
import ua.relay.party.CompanyId;
import ua.relay.salesorg.Assignment;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.OrganisationMode;
import ua.relay.salesorg.Specialisation;
import ua.relay.salesorg.Tier;
import ua.relay.salesorg.domain.Candidate;

@Repository
public class ResponsibilityStore {

	private final JdbcClient jdbc;

	ResponsibilityStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Assignment> find(CompanyId company, Tier stage) {
		return jdbc.sql("select employee_id, reason from salesorg_responsibility where company_id = ? and stage = ?")
			.params(company.value(), stage.name())
			.query((rs, n) -> new Assignment(new EmployeeId(rs.getObject(1, UUID.class)), rs.getString(2)))
			.optional();
	}

	/** Records who is responsible, keeping each employee's load (companies held, last given) in step. */
	public void upsert(CompanyId company, Tier stage, Assignment assignment, OrganisationMode mode, Instant now) {
		var previous = jdbc.sql("select employee_id from salesorg_responsibility where company_id = ? and stage = ? for update")
			.params(company.value(), stage.name())
			.query((rs, n) -> new EmployeeId(rs.getObject(1, UUID.class)))
			.optional();
		if (previous.isPresent()) {
			jdbc.sql("""
					update salesorg_responsibility set employee_id = ?, mode = ?, reason = ?, assigned_at = ?
					where company_id = ? and stage = ?
					""")
				.params(assignment.employee().value(), mode.name(), assignment.reason(), SqlTime.of(now),
						company.value(), stage.name())
				.update();
		}
		else {
			jdbc.sql("""
					insert into salesorg_responsibility (company_id, stage, employee_id, mode, reason, assigned_at)
					values (?, ?, ?, ?, ?, ?)
					""")
				.params(company.value(), stage.name(), assignment.employee().value(), mode.name(), assignment.reason(),
						SqlTime.of(now))
				.update();
		}
		remember(company, stage, assignment, mode, now);
		boolean moved = previous.isPresent() && !previous.get().equals(assignment.employee());
		if (moved) {
			bump(previous.get(), stage, -1, null);
		}
		bump(assignment.employee(), stage, previous.isEmpty() || moved ? 1 : 0, now);
	}

	/**
	 * Adds the assignment to the history, which keeps each one's end as the start of the next one of its company
	 * and stage: the one before ends now, and one recorded earlier with a later time (another instance's clock
	 * ahead) ends this one.
	 */
	private void remember(CompanyId company, Tier stage, Assignment assignment, OrganisationMode mode, Instant now) {
		jdbc.sql("""
				update salesorg_responsibility_history set ended_at = :at
				where company_id = :company and stage = :stage and assigned_at < :at and (ended_at is null or ended_at > :at)
				""")
			.param("at", SqlTime.of(now)).param("company", company.value()).param("stage", stage.name())
			.update();
		jdbc.sql("""
				insert into salesorg_responsibility_history (company_id, stage, assigned_at, employee_id, mode, reason, ended_at)
				values (:company, :stage, :at, :employee, :mode, :reason,
				        (select min(n.assigned_at) from salesorg_responsibility_history n
				         where n.company_id = :company and n.stage = :stage and n.assigned_at > :at))
				on conflict do nothing
				""")
			.param("company", company.value()).param("stage", stage.name()).param("at", SqlTime.of(now))
			.param("employee", assignment.employee().value()).param("mode", mode.name()).param("reason", assignment.reason())
			.update();
	}

	/** The company at the stage has nobody any more; its holder carries one company less. */
	public void remove(CompanyId company, Tier stage) {
		find(company, stage).ifPresent(held -> {
			jdbc.sql("delete from salesorg_responsibility where company_id = ? and stage = ?")
				.params(company.value(), stage.name())
				.update();
			bump(held.employee(), stage, -1, null);
		});
	}

	private void bump(EmployeeId employee, Tier stage, int companies, Instant assignedAt) {
		jdbc.sql("""
				insert into salesorg_load (employee_id, stage, companies, last_assigned_at) values (?, ?, 0, null)
				on conflict do nothing
				""")
			.params(employee.value(), stage.name())
			.update();
		jdbc.sql("""
				update salesorg_load set companies = companies + ?, last_assigned_at = coalesce(?, last_assigned_at)
				where employee_id = ? and stage = ?
				""")
			.params(companies, assignedAt == null ? null : SqlTime.of(assignedAt), employee.value(), stage.name())
			.update();
	}

	/**
	 * The active specialists of a tier with how many companies each holds at that stage, their capacity
	 * and when they were last given one (their presence and shifts are the caller's to fill in).
	 */
	public List<Candidate> candidates(Tier stage) {
		return jdbc.sql("""
				select e.id, e.full_name, e.capacity, e.serves_industries, e.serves_sizes, e.serves_regions,
				       coalesce(l.companies, 0) as load, l.last_assigned_at as last_assigned
				from salesorg_employee e left join salesorg_load l on l.employee_id = e.id and l.stage = :stage
				where e.active = true and e.tier = :stage
				""")
			.param("stage", stage.name())
			.query((rs, n) -> new Candidate(new EmployeeId(rs.getObject("id", UUID.class)), rs.getString("full_name"),
					rs.getInt("load"), rs.getInt("capacity"), true, true, SqlTime.instant(rs, "last_assigned"),
					Specialisation.parse(rs.getString("serves_industries"), rs.getString("serves_sizes"),
							rs.getString("serves_regions"))))
			.list();
	}

}
