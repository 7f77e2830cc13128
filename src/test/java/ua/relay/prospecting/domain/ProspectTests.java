package ua.relay.prospecting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import ua.relay.party.CompanyId;
import ua.relay.prospecting.ProspectId;
import ua.relay.salesorg.EmployeeId;

class ProspectTests {

	private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

	private final EmployeeId caller = EmployeeId.random();

	private final CompanyId company = CompanyId.random();

	private Prospect heldBy(EmployeeId holder) {
		return new Prospect(ProspectId.random(), company, ProspectStatus.QUEUED, 5, holder, NOW.plusSeconds(900), 0,
				null, 3);
	}

	@Test
	void handOverReturnsTheEventWithWhatTheCallerLearned() {
		var prospect = heldBy(caller);
		var event = prospect.handOver(caller, "500 т на місяць", NOW);
		assertThat(event.prospectId()).isEqualTo(prospect.id());
		assertThat(event.companyId()).isEqualTo(company);
		assertThat(event.caller()).isEqualTo(caller);
		assertThat(event.note()).isEqualTo("500 т на місяць");
		assertThat(event.handedOverAt()).isEqualTo(NOW);
		assertThat(prospect.status()).isEqualTo(ProspectStatus.HANDED_OVER);
		assertThat(prospect.attempts()).isEqualTo(1);
	}

	@Test
	void refusesACallerWhoDoesNotHoldTheProspect() {
		var prospect = heldBy(EmployeeId.random());
		assertThatThrownBy(() -> prospect.handOver(caller, null, NOW)).isInstanceOf(ProspectException.class)
			.hasMessageContaining("not held");
	}

	@Test
	void refusesASecondOutcomeForAClosedProspect() {
		var prospect = heldBy(caller);
		prospect.declineInterest(caller, NOW);
		assertThatThrownBy(() -> prospect.handOver(caller, null, NOW)).isInstanceOf(ProspectException.class)
			.hasMessageContaining("NOT_INTERESTED");
	}

	@Test
	void everyHandOverHasItsOwnId() {
		var first = heldBy(caller).handOver(caller, null, NOW);
		var second = heldBy(caller).handOver(caller, null, NOW);
		assertThat(first.handOverId()).isNotEqualTo(second.handOverId());
	}

}
