package ua.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import ua.relay.party.CompanyId;
import ua.relay.platform.Actor;
import ua.relay.platform.Role;
import ua.relay.prospecting.CallOutcome;
import ua.relay.prospecting.CallQueue;
import ua.relay.prospecting.CallReport;
import ua.relay.prospecting.DoNotCallList;
import ua.relay.prospecting.ProspectCard;
import ua.relay.shared.PhoneNumber;

/** The queue's order (own callbacks, the team's overdue callbacks, due retries, fresh) and the do-not-call list. */
@IntegrationTest
class CallQueueOrderIT {

	@TestConfiguration
	static class MovableTime {

		@Bean
		@Primary
		MutableClock movableClock() {
			return new MutableClock(Clock.systemUTC().instant(), ZoneId.of("Europe/Kyiv"));
		}

	}

	@Autowired
	MutableClock clock;

	@Autowired
	Staffing staffing;

	@Autowired
	Prospects prospects;

	@Autowired
	CallQueue queue;

	@Autowired
	DoNotCallList doNotCall;

	@Autowired
	JdbcClient jdbc;

	/**
	 * These tests say which prospect the next caller gets, so the queue holds only theirs: what other tests
	 * left in the shared database (a prospect still queued, a retry due) is closed first.
	 */
	@BeforeEach
	void onlyThisTestsProspectsInTheQueue() {
		jdbc.sql("""
				update prospecting_prospect set status = 'EXHAUSTED', holder_id = null, lease_until = null, due_at = null,
				       callback_owner = null, version = version + 1
				where status in ('QUEUED', 'RETRY', 'CALLBACK')""").update();
	}

	@Test
	void callbacksComeBackToTheirCallerFirstThenToTheTeamAndRetriesWhenDue() {
		prospects.queue(6);
		var anna = staffing.hire(Role.CALLER);
		var boris = staffing.hire(Role.CALLER);
		var clara = staffing.hire(Role.CALLER);

		var promised = call(anna, new CallReport(CallOutcome.CALLBACK, "після обіду", clock.instant().plus(Duration.ofHours(1))));
		var unanswered = call(anna, CallReport.of(CallOutcome.NO_ANSWER, null));

		clock.advance(Duration.ofHours(1));
		assertThat(next(anna)).as("anna's own callback is due").isEqualTo(promised);
		queue.record(queue.current(anna).orElseThrow().id(), CallReport.of(CallOutcome.NOT_INTERESTED, null), anna);
		assertThat(next(boris)).as("a fresh prospect, not anna's").isNotIn(promised, unanswered);
		queue.record(queue.current(boris).orElseThrow().id(), CallReport.of(CallOutcome.NOT_INTERESTED, null), boris);

		var forgotten = call(anna, new CallReport(CallOutcome.CALLBACK, null, clock.instant().plus(Duration.ofMinutes(10))));
		clock.advance(Duration.ofMinutes(10));
		assertThat(next(boris)).as("anna's callback is due but not yet overdue").isNotEqualTo(forgotten);
		queue.record(queue.current(boris).orElseThrow().id(), CallReport.of(CallOutcome.NOT_INTERESTED, null), boris);
		clock.advance(Duration.ofMinutes(20));
		assertThat(next(boris)).as("overdue by more than the grace: the team takes it").isEqualTo(forgotten);
		queue.record(queue.current(boris).orElseThrow().id(), CallReport.of(CallOutcome.NOT_INTERESTED, null), boris);

		clock.advance(Duration.ofHours(3));
		assertThat(next(clara)).as("the unanswered one is due again").isEqualTo(unanswered);
	}

	@Test
	void aNumberPutOnTheListIsNotHandedOutEvenIfAlreadyQueued() {
		var head = staffing.hire(Role.HEAD);
		var barred = prospects.queueFirst();
		var phone = jdbc.sql("select e164 from party_phone where company_id = ?").param(barred.value()).query(String.class)
			.list().get(0);
		doNotCall.add(PhoneNumber.parse(phone), "скарга клієнта", head);
		prospects.queue(1);

		var card = queue.next(staffing.hire(Role.CALLER)).orElseThrow();
		assertThat(card.company().id()).isNotEqualTo(barred);
		assertThat(status(barred)).isEqualTo("DO_NOT_CALL");
	}

	@Test
	void aProspectWhoAsksNotToBeCalledIsBarredAtOnce() {
		var caller = staffing.hire(Role.CALLER);
		var target = prospects.queueFirst();
		var card = queue.next(caller).orElseThrow();
		assertThat(card.company().id()).isEqualTo(target);
		queue.record(card.id(), CallReport.of(CallOutcome.DO_NOT_CALL, "просили не дзвонити"), caller);

		assertThat(doNotCall.latest()).anySatisfy(entry -> {
			assertThat(entry.phone()).isEqualTo(card.company().phones().get(0));
			assertThat(entry.reason()).isEqualTo("просили не дзвонити");
		});
		assertThat(status(target)).isEqualTo("DO_NOT_CALL");
	}

	private CompanyId call(Actor caller, CallReport report) {
		ProspectCard card = queue.next(caller).orElseThrow();
		queue.record(card.id(), report, caller);
		return card.company().id();
	}

	private CompanyId next(Actor caller) {
		return queue.next(caller).orElseThrow().company().id();
	}

	private String status(CompanyId company) {
		return jdbc.sql("select status from prospecting_prospect where company_id = ?").param(company.value())
			.query(String.class).single();
	}

}
