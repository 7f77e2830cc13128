package ua.relay.platform.tabular;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Checks the rows of a file on every core while one thread reads the file and another takes the
 * results, in file order. At most a few batches are in flight, so memory does not grow with the file.
 */
public final class ParallelChecks<T> implements AutoCloseable {

	private static final int BATCH = 2_000;

	private final Function<FileRow, T> check;

	private final int inFlight;

	private final ExecutorService pool;

	public ParallelChecks(Function<FileRow, T> check) {
		int cores = Runtime.getRuntime().availableProcessors();
		var count = new AtomicInteger();
		this.check = check;
		this.inFlight = cores * 2;
		this.pool = Executors.newFixedThreadPool(cores, task -> {
			var thread = new Thread(task, "relay-import-check-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Every row of the table checked, handed to {@code consumer} in the order of the file, on this thread. */
	public void forEach(TabularFile table, Consumer<T> consumer) {
		var pending = new ArrayDeque<Future<List<T>>>();
		var batch = new ArrayList<FileRow>(BATCH);
		table.forEachRow(row -> {
			batch.add(row);
			if (batch.size() == BATCH) {
				pending.add(submit(List.copyOf(batch)));
				batch.clear();
				while (pending.size() > inFlight) {
					take(pending.poll()).forEach(consumer);
				}
			}
		});
		if (!batch.isEmpty()) {
			pending.add(submit(List.copyOf(batch)));
		}
		while (!pending.isEmpty()) {
			take(pending.poll()).forEach(consumer);
		}
	}

	private Future<List<T>> submit(List<FileRow> rows) {
		return pool.submit(() -> {
			var checked = new ArrayList<T>(rows.size());
			rows.forEach(row -> checked.add(check.apply(row)));
			return checked;
		});
	}

	private static <T> List<T> take(Future<List<T>> batch) {
		try {
			return batch.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while checking rows", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	@Override
	public void close() {
		pool.shutdownNow();
	}

}
