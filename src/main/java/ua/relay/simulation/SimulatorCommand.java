package ua.relay.simulation;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The simulator from the command line, with the same jar: {@code java -jar relay.jar simulate [--callers 8]
 * [--closers 6] [--managers 6] [--classic 20] [--weeks 52] [--replications 100] [--seed 1] [--sweep-to 0]
 * [--floor]} compares the three-tier department with a classic one of the given size, at the typical rates, and
 * prints both; {@code --sweep-to N} also sweeps the three tiers' callers from 0 to N, as the page does, with as many
 * replications per point; {@code --floor} prints, after each time, the same cold calls dialled raw
 * ({@link DiallingFloor}).
 */
public final class SimulatorCommand {

	private SimulatorCommand() {
	}

	public static void run(String[] args, PrintStream out) {
		var options = new HashMap<String, Integer>(Map.of("callers", 8, "closers", 6, "managers", 6, "weeks", 52,
				"replications", 100, "seed", 1, "sweep-to", 0));
		boolean floor = false;
		for (int i = 0; i < args.length; i++) {
			if ("--floor".equals(args[i])) {
				floor = true;
				continue;
			}
			String name = args[i].startsWith("--") ? args[i].substring(2) : "";
			if (!options.containsKey(name) && !"classic".equals(name) || i + 1 == args.length) {
				throw new IllegalArgumentException("Unknown option " + args[i]);
			}
			options.put(name, Integer.parseInt(args[++i]));
		}
		int callers = options.get("callers");
		int closers = options.get("closers");
		int managers = options.get("managers");
		int weeks = options.get("weeks");
		int replications = options.get("replications");
		int seed = options.get("seed");
		int classicPeople = options.getOrDefault("classic", callers + closers + managers);
		var rates = Departments.typicalRates();
		var pay = Departments.typicalPay();

		var compared = timed(() -> List.of(
				Simulator.replicate(Departments.threeTier(callers, closers, managers, weeks, rates, pay), replications, seed),
				Simulator.replicate(Departments.classic(classicPeople, weeks, rates, pay), replications, seed)));
		out.printf(Locale.ROOT, "%d weeks, %d replications, seed %d: three tiers (%d callers, %d closers, %d managers) "
				+ "against classic (%d people); %s%n", weeks, replications, seed, callers, closers, managers, classicPeople,
				compared.took());
		if (floor) {
			printFloor(compared, compared.value(), rates, out);
		}
		var threeTier = compared.value().get(0);
		var classic = compared.value().get(1);
		out.printf(Locale.ROOT, "%-24s %30s %30s%n", "figure", "three tiers (mean ± 95 %)", "classic (mean ± 95 %)");
		for (var figure : threeTier.figures().keySet()) {
			out.printf(Locale.ROOT, "%-24s %30s %30s%n", figure, interval(threeTier.get(figure)), interval(classic.get(figure)));
		}

		int sweepTo = options.get("sweep-to");
		if (sweepTo > 0) {
			var sweep = timed(() -> CallerSweep.run(n -> Departments.threeTier(n, closers, managers, weeks, rates, pay),
					closers + managers == 0 ? 1 : 0, sweepTo, replications, seed, done -> {
					}, points -> {
					}));
			out.printf(Locale.ROOT, "sweep of 0…%d callers (%d closers, %d managers), %d weeks, %d replications each, "
					+ "seed %d; %s%n", sweepTo, closers, managers, weeks, replications, seed, sweep.took());
			if (floor) {
				printFloor(sweep, sweep.value().stream().map(CallerSweep.Point::report).toList(), rates, out);
			}
			out.printf(Locale.ROOT, "%-8s %30s %30s%n", "callers", "firstSales (mean ± 95 %)", "costPerAcquiredClient");
			for (var point : sweep.value()) {
				out.printf(Locale.ROOT, "%-8d %30s %30s%n", point.callers(), interval(point.firstSales()),
						interval(point.costPerAcquiredClient()));
			}
		}
	}

	/**
	 * What some work gave, the time it took and the processor time the process spent meanwhile (on a shared machine
	 * the second moves less with what else runs).
	 */
	private record Timed<T>(T value, long millis, long cpuMillis) {

		String took() {
			return String.format(Locale.ROOT, "%d ms (CPU %d ms)", millis, cpuMillis);
		}

		String ratioTo(Timed<?> floor) {
			return String.format(Locale.ROOT, "%.2f times as long (CPU %.2f)", (double) millis / Math.max(1, floor.millis),
					(double) cpuMillis / Math.max(1, floor.cpuMillis));
		}

	}

	private static <T> Timed<T> timed(Supplier<T> work) {
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long started = System.nanoTime();
		long cpuStarted = os.getProcessCpuTime();
		var value = work.get();
		return new Timed<>(value, (System.nanoTime() - started) / 1_000_000, (os.getProcessCpuTime() - cpuStarted) / 1_000_000);
	}

	/** The reports' cold calls dialled raw, one report after another as they were run, and the simulator's ratio to it. */
	private static void printFloor(Timed<?> simulated, List<Simulator.Report> reports, Scenario.Rates rates,
			PrintStream out) {
		var results = new ArrayList<Result>();
		reports.forEach(report -> results.addAll(report.results()));
		var dialled = timed(() -> reports.stream().mapToDouble(report -> DiallingFloor.dial(report.results(), rates)).sum());
		long calls = results.stream().mapToLong(Result::calls).sum();
		long draws = results.stream().mapToLong(r -> 2 * r.calls() + r.connected() + r.handedOver()).sum();
		out.printf(Locale.ROOT, "floor: the same %,d calls dialled raw (%,d random draws, checksum %.3g); %s; "
				+ "the simulator took %s%n", calls, draws, dialled.value(), dialled.took(), simulated.ratioTo(dialled));
	}

	private static String interval(Simulator.Estimate estimate) {
		return String.format(Locale.ROOT, "%18.2f ± %9.2f", estimate.mean(), estimate.halfWidth());
	}

}
