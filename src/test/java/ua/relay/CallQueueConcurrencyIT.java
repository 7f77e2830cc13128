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
import org.springframework.jdbc.core.simple.JdbcClient;

import ua.relay.platform.Actor;
import ua.relay.platform.Role;
import ua.relay.platform.SqlTime;
import ua.relay.prospecting.CallOutcome;
import ua.relay.prospecting.CallQueue;
import ua.relay.prospecting.CallReport;
import ua.relay.prospecting.ProspectId;

/** Many callers press "next" at the same moment: nobody gets a prospect somebody else holds. */
@IntegrationTest
class CallQueueConcurrencyIT {

	private static final int CALLERS = 50;

	private static final int ROUNDS = 4;

	private static final int TRIES = 10;

	@Autowired
	Staffing staffing;

	@Autowired
	Prospects prospects;

	@Autowired
	CallQueue queue;

	@Autowired
	JdbcClient jdbc;

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

	/** Two tabs, or a double click: one caller's two "next" at the same moment give one prospect, ten times over. */
	@Test
	void oneCallersTwoNextAtOnceHoldOneProspect() throws Exception {
		var caller = staffing.hire(Role.CALLER);
		prospects.queue(2 * TRIES);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int i = 0; i < TRIES; i++) {
				var start = new CountDownLatch(1);
				List<Future<ProspectId>> both = new ArrayList<>();
				for (int tab = 0; tab < 2; tab++) {
					both.add(pool.submit(() -> {
						start.await();
						return queue.next(caller).orElseThrow().id();
					}));
				}
				start.countDown();
				var first = both.get(0).get(30, TimeUnit.SECONDS);
				assertThat(both.get(1).get(30, TimeUnit.SECONDS)).as("try %d: both tabs show the one prospect held", i).isEqualTo(first);
				assertThat(jdbc.sql("""
						select count(*) from prospecting_prospect
						where holder_id = ? and status in ('QUEUED', 'RETRY', 'CALLBACK') and lease_until > ?
						""").params(caller.requireEmployee(), SqlTime.of(java.time.Instant.now())).query(Long.class).single())
					.as("try %d: prospects the caller holds", i)
					.isEqualTo(1);
				queue.record(first, CallReport.of(CallOutcome.NOT_INTERESTED, null), caller);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
