package ua.relay.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * The question before hiring the next caller: the same department with fewer or more callers, everyone else as
 * they are. Each point is replicated from the same seed, one point after another, so a page can show the points
 * done while the rest run.
 */
public final class CallerSweep {

	private CallerSweep() {
	}

	/** A point of the sweep: the callers, and the department's report with them. */
	public record Point(int callers, Simulator.Report report) {

		public Simulator.Estimate firstSales() {
			return report.get("firstSales");
		}

		public Simulator.Estimate costPerAcquiredClient() {
			return report.get("costPerAcquiredClient");
		}

	}

	/**
	 * The department {@code withCallers} gives for {@code from}…{@code to} callers; {@code progress} hears the
	 * replications done, {@code pointsSoFar} the points done, as each is.
	 */
	public static List<Point> run(IntFunction<Scenario> withCallers, int from, int to, int replications, long seed,
			IntConsumer progress, Consumer<List<Point>> pointsSoFar) {
		var points = new ArrayList<Point>();
		for (int callers = from; callers <= to; callers++) {
			points.add(new Point(callers, Simulator.replicate(withCallers.apply(callers), replications, seed, progress)));
			pointsSoFar.accept(List.copyOf(points));
		}
		return List.copyOf(points);
	}

}
