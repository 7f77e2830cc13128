package ua.relay.prospecting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import ua.relay.party.CompanyId;
import ua.relay.prospecting.CallOutcome;
import ua.relay.prospecting.CallReport;
import ua.relay.prospecting.ProspectId;
import ua.relay.salesorg.EmployeeId;

class ProspectTests {

	private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

	private static final RetryPolicy RETRIES = new RetryPolicy(Duration.ofHours(3), Duration.ofMinutes(20), 3);

	private final EmployeeId caller = EmployeeId.random();

	private final CompanyId company = CompanyId.random();

	private Prospect heldBy(EmployeeId holder, int attempts) {
		return new Prospect(ProspectId.random(), company, ProspectStatus.QUEUED, 5, holder, NOW.plusSeconds(900),
				attempts, null, null, null, null, 3);
	}

	private Prospect held() {
		return heldBy(caller, 0);
	}

	@Test
	void handOverReturnsTheEventWithWhatTheCallerLearned() {
		var prospect = held();
		var event = prospect.record(caller, CallReport.of(CallOutcome.INTERESTED, "500 т на місяць"), List.of(), RETRIES, NOW)
			.orElseThrow();
		assertThat(event.prospectId()).isEqualTo(prospect.id());
		assertThat(event.companyId()).isEqualTo(company);
		assertThat(event.caller()).isEqualTo(caller);
		assertThat(event.note()).isEqualTo("500 т на місяць");
		assertThat(event.urgent()).isFalse();
		assertThat(event.handedOverAt()).isEqualTo(NOW);
		assertThat(prospect.status()).isEqualTo(ProspectStatus.HANDED_OVER);
		assertThat(prospect.attempts()).isEqualTo(1);
		assertThat(prospect.holder()).isNull();
	}

	@Test
	void anEscalationHandsOverAtOnceMarkedUrgentWithTheQuestion() {
		var event = held().record(caller, CallReport.of(CallOutcome.ESCALATE, "Чи возите небезпечні вантажі?"), List.of(),
				RETRIES, NOW).orElseThrow();
		assertThat(event.urgent()).isTrue();
		assertThat(event.note()).isEqualTo("Чи возите небезпечні вантажі?");
	}

	@Test
	void anEscalationWithoutTheQuestionIsRefused() {
		assertThatThrownBy(() -> CallReport.of(CallOutcome.ESCALATE, " ")).hasMessageContaining("question");
	}

	@Test
	void noAnswerComesBackAfterTheDelayUntilTheAttemptsRunOut() {
		var prospect = heldBy(caller, 0);
		prospect.record(caller, CallReport.of(CallOutcome.NO_ANSWER, null), List.of(), RETRIES, NOW);
		assertThat(prospect.status()).isEqualTo(ProspectStatus.RETRY);
		assertThat(prospect.dueAt()).isEqualTo(NOW.plus(Duration.ofHours(3)));

		var busy = heldBy(caller, 1);
		busy.record(caller, CallReport.of(CallOutcome.BUSY, null), List.of(), RETRIES, NOW);
		assertThat(busy.dueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(20)));

		var last = heldBy(caller, 2);
		last.record(caller, CallReport.of(CallOutcome.NO_ANSWER, null), List.of(), RETRIES, NOW);
		assertThat(last.status()).isEqualTo(ProspectStatus.EXHAUSTED);
		assertThat(last.dueAt()).isNull();
	}

	@Test
	void aCallbackReturnsToTheSameCallerAtTheTimeAskedFor() {
		var prospect = held();
		var at = NOW.plus(Duration.ofDays(1));
		prospect.record(caller, new CallReport(CallOutcome.CALLBACK, null, at), List.of(), RETRIES, NOW);
		assertThat(prospect.status()).isEqualTo(ProspectStatus.CALLBACK);
		assertThat(prospect.dueAt()).isEqualTo(at);
		assertThat(prospect.callbackOwner()).isEqualTo(caller);
	}

	@Test
	void aCallbackInThePastIsRefused() {
		assertThatThrownBy(() -> held().record(caller, new CallReport(CallOutcome.CALLBACK, null, NOW.minusSeconds(1)), List.of(),
				RETRIES, NOW)).hasMessageContaining("future");
		assertThatThrownBy(() -> CallReport.of(CallOutcome.CALLBACK, null)).hasMessageContaining("time");
	}

	@ParameterizedTest
	@EnumSource(value = CallOutcome.class, names = { "WRONG_NUMBER", "NOT_INTERESTED", "DO_NOT_CALL" })
	void closingOutcomesTakeTheProspectOutOfTheQueueForGood(CallOutcome outcome) {
		var prospect = held();
		assertThat(prospect.record(caller, CallReport.of(outcome, "причина"), List.of(), RETRIES, NOW)).isEmpty();
		assertThat(prospect.status().isInQueue()).isFalse();
		assertThatThrownBy(() -> prospect.record(caller, CallReport.of(CallOutcome.INTERESTED, null), List.of(), RETRIES, NOW))
			.isInstanceOf(ProspectException.class);
	}

	@Test
	void refusesACallerWhoDoesNotHoldTheProspect() {
		var prospect = heldBy(EmployeeId.random(), 0);
		assertThatThrownBy(() -> prospect.record(caller, CallReport.of(CallOutcome.INTERESTED, null), List.of(), RETRIES, NOW))
			.isInstanceOf(ProspectException.class)
			.hasMessageContaining("not held");
	}

	@Test
	void aBarredProspectLeavesTheQueueWithoutACall() {
		var prospect = held();
		prospect.barFromCalls();
		assertThat(prospect.status()).isEqualTo(ProspectStatus.DO_NOT_CALL);
		assertThat(prospect.attempts()).isZero();
	}

	@Test
	void everyHandOverHasItsOwnId() {
		var first = held().record(caller, CallReport.of(CallOutcome.INTERESTED, null), List.of(), RETRIES, NOW).orElseThrow();
		var second = held().record(caller, CallReport.of(CallOutcome.INTERESTED, null), List.of(), RETRIES, NOW).orElseThrow();
		assertThat(first.handOverId()).isNotEqualTo(second.handOverId());
	}

}
