package ua.relay.demo;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the next tier makes of a hand-off (a lead in tier 2's inbox, a client in tier 3's portfolio) it makes
 * on its own thread once the hand-off has committed, reading the clock when it runs. The demo waits to see it
 * done before it moves the clock on, so that each step happens at its own time and the next one finds it.
 */
final class HandOffs {

	/** Far longer than a listener takes; one that has not finished by then has failed, and the demo goes on. */
	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private HandOffs() {
	}

	static <T> Optional<T> awaitDone(Supplier<Optional<T>> done) {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (true) {
			var result = done.get();
			if (result.isPresent() || System.nanoTime() > deadline) {
				return result;
			}
			try {
				Thread.sleep(1);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return result;
			}
		}
	}

}
