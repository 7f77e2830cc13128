package ua.relay.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ua.relay.simulation.Simulator;

class SimulationVerdictTests {

	@Test
	void threeTiersWithMoreFirstSalesBeyondChanceSaySoWithTheCostOfAClient() {
		var verdict = SimulationVerdict.of(report(41, 2, 2300), report(35, 2, 2900));
		assertThat(verdict.code()).isEqualTo("simulation.verdict.three-tier");
		assertThat(verdict.args()).containsExactly(41L, 35L, 17L, 2300L, 2900L);
	}

	@Test
	void overlappingIntervalsAreCalledWithinChance() {
		var verdict = SimulationVerdict.of(report(36, 4, 2500), report(38, 4, 2400));
		assertThat(verdict.code()).isEqualTo("simulation.verdict.classic.within-chance");
	}

	private static Simulator.Report report(double firstSales, double halfWidth, double cost) {
		return new Simulator.Report(10, Map.of("firstSales", new Simulator.Estimate(firstSales, halfWidth),
				"costPerAcquiredClient", new Simulator.Estimate(cost, 100)), List.of());
	}

}
