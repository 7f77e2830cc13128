package ua.relay.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import ua.relay.Deals;
import ua.relay.Staffing;
import ua.relay.TestDatabase;
import ua.relay.platform.Notifications;
import ua.relay.platform.Role;

/** A closer is told of a task a quarter of an hour ahead once, however many sweeps run at the same time. */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabase.class)
class SoonRemindersIT {

	@Autowired
	Staffing staffing;

	@Autowired
	Deals deals;

	@Autowired
	DealActivities activities;

	@Autowired
	SoonReminders reminders;

	@Autowired
	Notifications notifications;

	@Autowired
	Clock clock;

	@Test
	void aTaskAQuarterOfAnHourAheadIsToldOnceEvenBySweepsAtOnceAndOneAnHourAheadNotYet() throws Exception {
		var closer = staffing.hire(Role.CLOSER);
		var deal = deals.openFor(closer);
		activities.plan(deal.id(), "Передзвонити щодо договору", clock.instant().plus(Duration.ofMinutes(10)), false, closer);
		activities.plan(deal.id(), "Через годину", clock.instant().plus(Duration.ofMinutes(60)), false, closer);
		var pool = Executors.newFixedThreadPool(2);
		var first = pool.submit(reminders::tell);
		var second = pool.submit(reminders::tell);
		first.get();
		second.get();
		pool.shutdown();
		assertThat(notifications.recent(closer)).filteredOn(n -> n.kind() == Notifications.Kind.TASK_SOON)
			.singleElement()
			.satisfies(n -> {
				assertThat(n.detail()).endsWith("Передзвонити щодо договору");
				assertThat(n.path()).isEqualTo("/conversion/deals/" + deal.id().value());
			});
	}

}
