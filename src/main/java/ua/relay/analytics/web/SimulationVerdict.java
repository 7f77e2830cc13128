package ua.relay.analytics.web;

import java.util.List;

import ua.relay.simulation.Simulator;

/**
 * The comparison in one line, as a head asks it: which model makes more first sales and at what cost per
 * client acquired, and whether the difference is real (the 95 % intervals do not overlap) or within what
 * chance alone would give.
 *
 * @param code the message that says it; {@code args}: the winner's first sales and the other's, the difference
 * in per cent, the cost per acquired client of each
 */
record SimulationVerdict(String code, List<Object> args) {

	static SimulationVerdict of(Simulator.Report threeTier, Simulator.Report classic) {
		var three = threeTier.figures().get("firstSales");
		var other = classic.figures().get("firstSales");
		boolean threeWins = three.mean() >= other.mean();
		var winner = threeWins ? three : other;
		var loser = threeWins ? other : three;
		boolean real = winner.low() > loser.high();
		double more = loser.mean() == 0 ? 0 : 100 * (winner.mean() - loser.mean()) / loser.mean();
		var winnerCost = (threeWins ? threeTier : classic).figures().get("costPerAcquiredClient").mean();
		var loserCost = (threeWins ? classic : threeTier).figures().get("costPerAcquiredClient").mean();
		String code = "simulation.verdict." + (threeWins ? "three-tier" : "classic") + (real ? "" : ".within-chance");
		return new SimulationVerdict(code, List.of(Math.round(winner.mean()), Math.round(loser.mean()), Math.round(more),
				Double.isNaN(winnerCost) ? 0 : Math.round(winnerCost), Double.isNaN(loserCost) ? 0 : Math.round(loserCost)));
	}

}
