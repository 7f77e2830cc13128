package ua.relay.simulation;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * What a bench compares the simulator with: the cold calls of replications already run, dialled again with nothing
 * around them. Each call is its duration (a logarithm, as the model draws it) and as many outcome draws as the
 * model made (connected? interested? accepted?), the replications spread over the cores as the simulator spreads
 * them. Cold calls are most of the model's random draws; its leads, clients and shifts are left out, so the floor is
 * a little under the model's irreducible work, and the simulator's ratio to it a little over the truth.
 */
final class DiallingFloor {

	private DiallingFloor() {
	}

	/** Dials the calls of every result; returns all it drew, added up, so that no draw can be left out unseen. */
	static double dial(List<Result> results, Scenario.Rates rates) {
		return IntStream.range(0, results.size())
			.parallel()
			.mapToDouble(i -> dial(results.get(i), rates, Simulator.seedOf(0, i)))
			.sum();
	}

	private static double dial(Result result, Scenario.Rates rates, long seed) {
		var random = new SplittableRandom(seed);
		double drawn = 0;
		for (long call = 0; call < result.calls(); call++) {
			drawn += rates.fixedDurations() ? rates.callMinutes() : rates.callMinutes() * random.nextExponential();
			drawn += random.nextDouble();
		}
		for (long outcome = 0; outcome < result.connected() + result.handedOver(); outcome++) {
			drawn += random.nextDouble();
		}
		return drawn;
	}

}
