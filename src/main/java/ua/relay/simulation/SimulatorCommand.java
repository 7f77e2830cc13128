package ua.relay.simulation;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The simulator from the command line, with the same jar: {@code java -jar relay.jar simulate [--callers 8]
 * [--closers 6] [--managers 6] [--classic 20] [--weeks 52] [--replications 100] [--seed 1]} compares the
 * three-tier department with a classic one of the given size, at the typical rates, and prints both.
 */
public final class SimulatorCommand {

	private SimulatorCommand() {
	}

	public static void run(String[] args, PrintStream out) {
		var options = new HashMap<String, Integer>(Map.of("callers", 8, "closers", 6, "managers", 6, "weeks", 52,
				"replications", 100, "seed", 1));
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--") || !options.containsKey(args[i].substring(2)) && !"--classic".equals(args[i])) {
				throw new IllegalArgumentException("Unknown option " + args[i]);
			}
			options.put(args[i].substring(2), Integer.parseInt(args[i + 1]));
		}
		int headCount = options.get("callers") + options.get("closers") + options.get("managers");
		int classicPeople = options.getOrDefault("classic", headCount);
		var rates = Departments.typicalRates();
		var pay = Departments.typicalPay();
		long started = System.nanoTime();
		var threeTier = Simulator.replicate(Departments.threeTier(options.get("callers"), options.get("closers"),
				options.get("managers"), options.get("weeks"), rates, pay), options.get("replications"), options.get("seed"));
		var classic = Simulator.replicate(Departments.classic(classicPeople, options.get("weeks"), rates, pay),
				options.get("replications"), options.get("seed"));
		long millis = (System.nanoTime() - started) / 1_000_000;
		out.printf(Locale.ROOT, "%d weeks, %d replications, seed %d: three tiers (%d callers, %d closers, %d managers) "
				+ "against classic (%d people); %d ms%n", options.get("weeks"), options.get("replications"), options.get("seed"),
				options.get("callers"), options.get("closers"), options.get("managers"), classicPeople, millis);
		out.printf(Locale.ROOT, "%-24s %30s %30s%n", "figure", "three tiers (mean ± 95 %)", "classic (mean ± 95 %)");
		for (var figure : threeTier.figures().keySet()) {
			var a = threeTier.get(figure);
			var b = classic.get(figure);
			out.printf(Locale.ROOT, "%-24s %18.2f ± %9.2f %18.2f ± %9.2f%n", figure, a.mean(), a.halfWidth(), b.mean(),
					b.halfWidth());
		}
	}

}
