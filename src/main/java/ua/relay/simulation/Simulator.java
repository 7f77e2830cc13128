package ua.relay.simulation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs a scenario's replications in parallel, each with its own seed drawn from the scenario's seed, and
 * reports every figure's mean with its 95 % interval. The same seed gives the same report, however the
 * replications are spread over the cores.
 */
public final class Simulator {

	private Simulator() {
	}

	/** One replication: what the department did over the scenario's weeks. */
	public static Result once(Scenario scenario, long seed) {
		return new Department(scenario, seed).run();
	}

	public static Report replicate(Scenario scenario, int replications, long seed) {
		return replicate(scenario, replications, seed, done -> {
		});
	}

	/** {@code progress} hears how many replications are done, as they finish. */
	public static Report replicate(Scenario scenario, int replications, long seed, IntConsumer progress) {
		if (replications < 2 || replications > 10_000) {
			throw new IllegalArgumentException("Between 2 and 10,000 replications, not " + replications);
		}
		var done = new AtomicInteger();
		var results = IntStream.range(0, replications)
			.parallel()
			.mapToObj(i -> {
				var result = once(scenario, seedOf(seed, i));
				progress.accept(done.incrementAndGet());
				return result;
			})
			.toList(); // in the order of i, whatever the order they finished in
		return Report.of(results);
	}

	/** The i-th replication's seed: spread by the golden ratio's bits, so neighbouring seeds do not correlate. */
	static long seedOf(long seed, int replication) {
		return seed * 0x9E3779B97F4A7C15L + replication * 0xBF58476D1CE4E5B9L;
	}

	/** A figure's mean over the replications and the half-width of its 95 % interval. */
	public record Estimate(double mean, double halfWidth) {

		public double low() {
			return mean - halfWidth;
		}

		public double high() {
			return mean + halfWidth;
		}

		public boolean contains(double value) {
			return value >= low() && value <= high();
		}

	}

	/** Every figure's estimate, by name, in the order {@link Result#figures()} gives. */
	public record Report(int replications, Map<String, Estimate> figures, List<Result> results) {

		static Report of(List<Result> results) {
			var names = results.get(0).figures().keySet();
			var figures = new LinkedHashMap<String, Estimate>();
			for (String name : names) {
				var values = results.stream().mapToDouble(r -> r.figures().get(name)).filter(v -> !Double.isNaN(v)).toArray();
				figures.put(name, estimate(values));
			}
			return new Report(results.size(), figures, new ArrayList<>(results));
		}

		public Estimate get(String figure) {
			return figures.get(figure);
		}

	}

	static Estimate estimate(double[] values) {
		int n = values.length;
		if (n == 0) {
			return new Estimate(Double.NaN, Double.NaN);
		}
		double mean = 0;
		for (double v : values) {
			mean += v;
		}
		mean /= n;
		if (n < 2) {
			return new Estimate(mean, Double.NaN);
		}
		double squares = 0;
		for (double v : values) {
			squares += (v - mean) * (v - mean);
		}
		double sd = Math.sqrt(squares / (n - 1));
		return new Estimate(mean, StudentT.quantile975(n - 1) * sd / Math.sqrt(n));
	}

}
