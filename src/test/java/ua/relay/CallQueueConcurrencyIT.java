package ua.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ua.relay.platform.Actor;
import ua.relay.platform.Role;
import ua.relay.prospecting.CallOutcome;
import ua.relay.prospecting.CallQueue;
import ua.relay.prospecting.CallReport;
import ua.relay.prospecting.ProspectId;

/** Many callers press "next" at the same moment: nobody gets a prospect somebody else holds. */
@IntegrationTest
class CallQueueConcurrencyIT {

	private static final int CALLERS = 50;

	private static final int ROUNDS = 4;

	@Autowired
	Staffing staffing;

	@Autowired
	Prospects prospects;

	@Autowired
	CallQueue queue;

	@Test
	void fiftyParallelCallersNeverShareAProspect() throws Exception {
		prospects.queue(CALLERS * ROUNDS);
		List<Actor> callers = new ArrayList<>();
		for (int i = 0; i < CALLERS; i++) {
			callers.add(staffing.hire(Role.CALLER));
		}
		List<ProspectId> handedOut = Collections.synchronizedList(new ArrayList<>());
		ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
		try {
			var start = new CountDownLatch(1);
			List<Future<?>> work = new ArrayList<>();
			for (Actor caller : callers) {
				work.add(pool.submit(() -> {
					start.await();
					for (int round = 0; round < ROUNDS; round++) {
						var card = queue.next(caller).orElseThrow();
						handedOut.add(card.id());
						queue.record(card.id(), CallReport.of(CallOutcome.NOT_INTERESTED, null), caller);
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> future : work) {
				future.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(handedOut).hasSize(CALLERS * ROUNDS);
		assertThat(new HashSet<>(handedOut)).as("prospects handed out twice").hasSize(handedOut.size());
	}

}
