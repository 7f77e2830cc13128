package ua.relay.analytics;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

import ua.relay.platform.DomainException;
import ua.relay.simulation.CallerSweep;
import ua.relay.simulation.Departments;
import ua.relay.simulation.Scenario;
import ua.relay.simulation.Simulator;

/**
 * Comparisons started from the page: run one at a time in the background (each spreads its replications
 * over the cores), with their progress, kept in memory until the process ends.
 */
@Service
public class SimulationRuns implements DisposableBean {

	private static final int KEPT = 20;

	private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
		var thread = new Thread(task, "simulation");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<UUID, Run> runs = new ConcurrentHashMap<>();

	/** What to compare: the same department organised both ways, and optionally callers swept from 0 to {@code sweepTo}. */
	public record Request(int callers, int closers, int managers, int classicPeople, int weeks, int replications, long seed,
			Scenario.Rates rates, Scenario.Pay pay, Departments.HourlyCosts costs, int sweepTo, boolean mix) {

		public Request {
			if (callers < 0 || closers < 0 || managers < 0 || classicPeople < 1 || callers + closers + managers < 1
					|| callers + closers + managers > 500 || classicPeople > 500) {
				throw DomainException.invalid("simulation.people", "Between 1 and 500 people in each model");
			}
			if (weeks < 1 || weeks > 260 || replications < 2 || replications > 1_000 || sweepTo < 0 || sweepTo > 50) {
				throw DomainException.invalid("simulation.size",
						"1–260 weeks, 2–1000 replications, a sweep up to 50 callers");
			}
		}

		int steps() {
			return (mix ? 3 : 2) * replications + (sweepTo > 0 ? (sweepTo + 1) * sweepReplications() : 0);
		}

		int sweepReplications() {
			return Math.max(2, replications / 5);
		}

	}

	public static final class Run {

		private final UUID id;

		private final Request request;

		private final AtomicInteger done = new AtomicInteger();

		private volatile Simulator.Report threeTier;

		private volatile Simulator.Report classic;

		private volatile Simulator.Report mix;

		private volatile List<CallerSweep.Point> sweep = List.of();

		private volatile String failure;

		private volatile boolean complete;

		Run(UUID id, Request request) {
			this.id = id;
			this.request = request;
		}

		public UUID id() {
			return id;
		}

		public Request request() {
			return request;
		}

		public int percent() {
			return (int) Math.min(100, 100L * done.get() / request.steps());
		}

		public boolean finished() {
			return complete;
		}

		public Simulator.Report threeTier() {
			return threeTier;
		}

		public Simulator.Report classic() {
			return classic;
		}

		/** The mix (closers who also call), when asked for. */
		public Simulator.Report mix() {
			return mix;
		}

		public List<CallerSweep.Point> sweep() {
			return sweep;
		}

		public String failure() {
			return failure;
		}

	}

	public Run start(Request request) {
		var run = new Run(UUID.randomUUID(), request);
		if (runs.size() >= KEPT) {
			runs.values().stream().filter(Run::finished).findFirst().ifPresent(old -> runs.remove(old.id()));
		}
		runs.put(run.id(), run);
		runner.execute(() -> {
			try {
				run.threeTier = Simulator.replicate(Departments.threeTier(request.callers(), request.closers(),
						request.managers(), request.weeks(), request.rates(), request.pay(), request.costs()), request.replications(),
						request.seed(), n -> run.done.incrementAndGet());
				run.classic = Simulator.replicate(Departments.classic(request.classicPeople(), request.weeks(),
						request.rates(), request.pay(), request.costs()), request.replications(), request.seed(), n -> run.done.incrementAndGet());
				if (request.mix()) {
					run.mix = Simulator.replicate(Departments.closersCalling(request.callers(), request.closers(),
							request.managers(), request.weeks(), request.rates(), request.pay(), request.costs()),
							request.replications(),
							request.seed(), n -> run.done.incrementAndGet());
				}
				if (request.sweepTo() > 0) {
					CallerSweep.run(callers -> Departments.threeTier(callers, request.closers(), request.managers(),
							request.weeks(), request.rates(), request.pay(), request.costs()),
							request.closers() + request.managers() == 0 ? 1 : 0, request.sweepTo(), request.sweepReplications(),
							request.seed(), n -> run.done.incrementAndGet(), points -> run.sweep = points);
				}
			}
			catch (RuntimeException ex) {
				run.failure = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
			}
			finally {
				run.complete = true;
			}
		});
		return run;
	}

	public Run get(UUID id) {
		var run = runs.get(id);
		if (run == null) {
			throw DomainException.notFound("simulation.not-found", "No simulation " + id + " (runs are kept until a restart)");
		}
		return run;
	}

	@Override
	public void destroy() {
		runner.shutdownNow();
	}

}
