package ua.relay.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ua.relay.IntegrationTest;
import ua.relay.Prospects;
import ua.relay.Staffing;
import ua.relay.platform.Role;
import ua.relay.prospecting.LeadHandedOver;
import ua.relay.prospecting.ProspectId;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.Tier;
import ua.relay.shared.Money;

/** A closer's numbers count what happened to their leads and deals, and only theirs. */
@IntegrationTest
class CloserNumbersIT {

	@Autowired
	Staffing staffing;

	@Autowired
	Prospects prospects;

	@Autowired
	LeadInbox inbox;

	@Autowired
	Pipeline pipeline;

	@Autowired
	CloserFigures figures;

	@Autowired
	Staff staff;

	@Autowired
	Clock clock;

	private final java.util.Map<EmployeeId, Integer> othersCapacity = new java.util.HashMap<>();

	@AfterEach
	void giveTheOtherClosersTheirCapacityBack() {
		othersCapacity.forEach(staff::setCapacity);
	}

	@Test
	void theNumbersCountTheClosersLeadsAndDeals() {
		staff.all().stream().filter(e -> e.active() && e.tier() == Tier.LC).forEach(e -> {
			othersCapacity.put(e.id(), e.capacity());
			staff.setCapacity(e.id(), 0);
		});
		var closer = staffing.hire(Role.CLOSER);
		var caller = new EmployeeId(staffing.hire(Role.CALLER).requireEmployee());
		var start = clock.instant().minusSeconds(1);
		var leads = new java.util.ArrayList<LeadId>();
		for (int i = 0; i < 5; i++) {
			leads.add(inbox.receive(new LeadHandedOver(UUID.randomUUID(), ProspectId.random(), prospects.registerOne(),
					caller, null, false, List.of(), null, clock.instant())));
		}
		var won = inbox.accept(leads.get(0), closer);
		pipeline.win(won, Money.uah(40_000), closer);
		var alsoWon = inbox.accept(leads.get(1), closer);
		pipeline.win(alsoWon, Money.uah(20_000), closer);
		inbox.accept(leads.get(2), closer);
		inbox.reject(leads.get(3), "Не наш профіль", false, closer);

		var mine = figures.between(start, clock.instant().plus(Duration.ofMinutes(1)), closer);

		assertThat(mine).hasSize(1);
		var numbers = mine.get(0);
		assertThat(numbers.closerId()).isEqualTo(new EmployeeId(closer.requireEmployee()));
		assertThat(numbers.received()).isEqualTo(5);
		assertThat(numbers.accepted()).isEqualTo(3);
		assertThat(numbers.rejected()).isEqualTo(1);
		assertThat(numbers.firstSales()).isEqualTo(2);
		assertThat(numbers.firstSaleRevenue()).isEqualByComparingTo("60000");
		assertThat(numbers.conversionPercent()).isCloseTo(66.7, org.assertj.core.data.Offset.offset(0.1));
		assertThat(numbers.hoursToFirstTouch()).isNotNull().isLessThan(1.0);
		assertThat(numbers.lateFirstTouches()).isZero();
	}

}
