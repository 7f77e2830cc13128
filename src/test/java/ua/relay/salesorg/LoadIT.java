package ua.relay.salesorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ua.relay.IntegrationTest;
import ua.relay.Staffing;
import ua.relay.party.CompanyDirectory;
import ua.relay.party.CompanyId;
import ua.relay.party.NewCompany;
import ua.relay.platform.Role;

/** Each employee's load is kept in step with the matrix: what the distribution reads equals a count of it. */
@IntegrationTest
class LoadIT {

	@Autowired
	Responsibilities responsibilities;

	@Autowired
	Staffing staffing;

	@Autowired
	CompanyDirectory companies;

	@Autowired
	JdbcClient jdbc;

	@Test
	void assignmentsAndReassignmentsKeepTheLoadEqualToTheMatrix() {
		var first = new EmployeeId(staffing.hire(Role.CLOSER).requireEmployee());
		var second = new EmployeeId(staffing.hire(Role.CLOSER).requireEmployee());
		var a = company();
		var b = company();
		var c = company();

		responsibilities.assignTo(a, Tier.LC, first, "test");
		responsibilities.assignTo(b, Tier.LC, first, "test");
		responsibilities.assignTo(c, Tier.LC, second, "test");
		responsibilities.assignTo(b, Tier.LC, first, "test again"); // the same employee: nothing moves
		responsibilities.reassign(a, Tier.LC, second);

		for (var employee : List.of(first, second)) {
			long counted = jdbc.sql("select count(*) from salesorg_responsibility where employee_id = ? and stage = 'LC'")
				.param(employee.value()).query(Long.class).single();
			long kept = jdbc.sql("select companies from salesorg_load where employee_id = ? and stage = 'LC'")
				.param(employee.value()).query(Long.class).single();
			assertThat(kept).as(employee.toString()).isEqualTo(counted);
		}
		assertThat(jdbc.sql("select companies from salesorg_load where employee_id = ? and stage = 'LC'")
			.param(second.value()).query(Long.class).single()).isEqualTo(2);
	}

	private CompanyId company() {
		return companies.register(new NewCompany("Навантаження " + UUID.randomUUID(), "ТОВ", null, null, null, null, "Київ",
				List.of(), List.of())).companyId();
	}

}
