package ua.relay.conversion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ua.relay.IntegrationTest;
import ua.relay.Prospects;
import ua.relay.Staffing;
import ua.relay.platform.Role;
import ua.relay.prospecting.LeadHandedOver;
import ua.relay.prospecting.ProspectId;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Organisation;
import ua.relay.salesorg.OrganisationMode;
import ua.relay.salesorg.Shifts;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.Tier;

/**
 * Tier 2's distribution on the real database: new leads land with the closers in proportion to their
 * capacity, never with one who is absent today, and each lead says why it went where it went.
 */
@IntegrationTest
class LeadDistributionIT {

	@Autowired
	Staffing staffing;

	@Autowired
	Prospects prospects;

	@Autowired
	LeadInbox inbox;

	@Autowired
	Staff staff;

	@Autowired
	Shifts shifts;

	@Autowired
	Organisation organisation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private final Map<EmployeeId, Integer> othersCapacity = new HashMap<>();

	@AfterEach
	void giveTheOtherClosersTheirCapacityBack() {
		othersCapacity.forEach(staff::setCapacity);
	}

	@Test
	void aThousandLeadsLandInProportionToCapacityAndNoneWithTheAbsent() {
		var head = staffing.hire(Role.HEAD);
		organisation.switchTo(OrganisationMode.THREE_TIER, head);
		// the closers other tests hired take nothing new while this runs
		staff.all().stream().filter(e -> e.active() && e.tier() == Tier.LC).forEach(e -> {
			othersCapacity.put(e.id(), e.capacity());
			staff.setCapacity(e.id(), 0);
		});
		int[] capacities = { 10, 20, 30, 40, 50 };
		var closers = new java.util.ArrayList<EmployeeId>();
		for (int capacity : capacities) {
			var closer = new EmployeeId(staffing.hire(Role.CLOSER).requireEmployee());
			staff.setCapacity(closer, capacity);
			closers.add(closer);
		}
		var absent = closers.get(4);
		shifts.dayOff(absent, LocalDate.now(clock));
		var caller = new EmployeeId(staffing.hire(Role.CALLER).requireEmployee());

		Map<String, Integer> received = new HashMap<>();
		for (int i = 0; i < 1_000; i++) {
			var company = prospects.registerOne();
			inbox.receive(new LeadHandedOver(UUID.randomUUID(), ProspectId.random(), company, caller, "зацікавлені", false,
					List.of(), null, clock.instant()));
		}
		jdbc.sql("""
				select closer_id, assigned_reason from conversion_lead
				where handed_over_by = ?
				""")
			.param(caller.value())
			.query((rs, n) -> {
				received.merge(rs.getString(1), 1, Integer::sum);
				assertThat(rs.getString(2)).startsWith("reason.capacity-weighted");
				return null;
			})
			.list();

		assertThat(received.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1_000);
		assertThat(received).doesNotContainKey(absent.value().toString());
		for (int i = 0; i < 4; i++) {
			double expected = capacities[i] / 100.0; // 10 + 20 + 30 + 40 of those at work
			double share = received.getOrDefault(closers.get(i).value().toString(), 0) / 1_000.0;
			assertThat(share).as("closer with capacity " + capacities[i]).isCloseTo(expected, within(expected * 0.05));
		}
	}

}
