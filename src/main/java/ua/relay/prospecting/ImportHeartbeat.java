package ua.relay.prospecting;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the other instances, on a thread of its own for as long as one import's run or undo lasts, that this
 * process still works on it, however long one step takes (waiting at the gate for another import, a final
 * write of millions of rows). Its own thread, so that a beat waiting on a lock, or the scheduler busy with
 * another job, never silences the beats of another import.
 */
final class ImportHeartbeat implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ImportHeartbeat.class);

	private final ScheduledExecutorService timer;

	ImportHeartbeat(UUID id, Duration every, Runnable beat) {
		this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
			var thread = new Thread(task, "import-heartbeat-" + id.toString().substring(0, 8));
			thread.setDaemon(true);
			return thread;
		});
		timer.scheduleWithFixedDelay(() -> {
			try {
				beat.run();
			}
			catch (RuntimeException ex) {
				log.warn("Import {}: a heartbeat failed, the next one tries again: {}", id, ex.toString());
			}
		}, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void close() {
		timer.shutdownNow();
	}

}
