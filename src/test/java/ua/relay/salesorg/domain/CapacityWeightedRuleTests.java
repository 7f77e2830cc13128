package ua.relay.salesorg.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.OrganisationMode;
import ua.relay.salesorg.Tier;

class CapacityWeightedRuleTests {

	private static final Instant EARLIER = Instant.parse("2026-11-26T08:00:00Z");

	private final CapacityWeightedRule rule = new CapacityWeightedRule();

	private static Candidate closer(String name, int load, int capacity, boolean present, boolean onShift, Instant last) {
		return new Candidate(EmployeeId.random(), name, load, capacity, present, onShift, last);
	}

	private EmployeeId choose(List<Candidate> candidates) {
		return rule.choose(new AssignmentRequest(Tier.LC, OrganisationMode.THREE_TIER, EmployeeId.random(), candidates))
			.orElseThrow()
			.employee();
	}

	@Test
	void leadsLandInProportionToCapacityAndNeverWithTheAbsent() {
		var closers = new ArrayList<>(List.of(closer("А", 0, 10, true, true, null), closer("Б", 0, 20, true, true, null),
				closer("В", 0, 30, true, true, null), closer("Г", 0, 40, true, true, null),
				closer("Ґ", 0, 50, false, true, null)));
		Map<EmployeeId, Integer> received = new HashMap<>();
		for (int lead = 0; lead < 1_000; lead++) {
			var chosen = choose(closers);
			received.merge(chosen, 1, Integer::sum);
			closers.replaceAll(c -> c.id().equals(chosen) ? c.withLoad(c.load() + 1) : c);
		}
		assertThat(received).doesNotContainKey(closers.get(4).id());
		for (int i = 0; i < 4; i++) {
			double share = received.get(closers.get(i).id()) / 1_000.0;
			assertThat(share).as(closers.get(i).fullName()).isCloseTo((i + 1) / 10.0, within(0.05 * (i + 1) / 10.0));
		}
	}

	@Test
	void aNewColleagueIsServedFirstAndEqualsTakeTurns() {
		var veteran = closer("Стара", 4, 20, true, true, EARLIER);
		var waitedLonger = closer("Довша", 4, 20, true, true, EARLIER.minusSeconds(60));
		var newcomer = closer("Нова", 0, 20, true, true, null);
		assertThat(choose(List.of(veteran, newcomer, waitedLonger))).isEqualTo(newcomer.id());
		assertThat(choose(List.of(veteran, waitedLonger))).isEqualTo(waitedLonger.id());
	}

	@Test
	void thoseOnShiftComeFirstAndTheOthersOnlyWhenNobodyIs() {
		var resting = closer("Вдома", 0, 20, true, false, null);
		var working = closer("На зміні", 9, 20, true, true, EARLIER);
		assertThat(choose(List.of(resting, working))).isEqualTo(working.id());
		var assignment = rule.choose(new AssignmentRequest(Tier.LC, OrganisationMode.THREE_TIER, null, List.of(resting)));
		assertThat(assignment).hasValueSatisfying(a -> assertThat(a.reason()).startsWith("reason.capacity-weighted-off-shift|"));
	}

	@Test
	void nobodyAtWorkOrWithRoomMeansNoChoice() {
		assertThat(rule.choose(new AssignmentRequest(Tier.LC, OrganisationMode.THREE_TIER, null,
				List.of(closer("Відпустка", 0, 20, false, true, null), closer("Без місця", 0, 0, true, true, null)))))
			.isEmpty();
	}

}
