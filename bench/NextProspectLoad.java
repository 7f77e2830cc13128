import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * "Next prospect" over HTTP: N callers, each authenticated once (a personal API token), each in a loop
 * of POST /queue/next then the outcome NOT_INTERESTED (which frees them for the next one), for a fixed
 * time. Prints hand-outs per second, latency percentiles of "next", and how many prospects were handed
 * out twice (must be 0). The first WARMUP seconds (default 20) run the same loop uncounted, so the figures
 * are of a JVM whose code is compiled, not of the JIT compiler at work.
 * Usage: java NextProspectLoad.java BASE_URL USER_PREFIX CALLERS SECONDS PASSWORD [WARMUP]
 */
public class NextProspectLoad {

	private static final Pattern ID = Pattern.compile("^\\{\"id\":\"([0-9a-f-]{36})\"");

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String prefix = args[1];
		int callers = Integer.parseInt(args[2]);
		int seconds = Integer.parseInt(args[3]);
		String password = args[4];
		int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 20;
		var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8))
			.build();
		var tokens = new ArrayList<String>();
		for (int i = 1; i <= callers; i++) {
			String basic = Base64.getEncoder().encodeToString((prefix + i + ":" + password).getBytes(StandardCharsets.UTF_8));
			var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me/tokens"))
				.header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\"}")).build(), HttpResponse.BodyHandlers.ofString());
			var m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(response.body());
			if (!m.find()) {
				throw new IllegalStateException("No token for " + prefix + i + ": " + response.statusCode() + " " + response.body());
			}
			tokens.add(m.group(1));
		}
		var handedOut = ConcurrentHashMap.<String>newKeySet();
		var counted = new AtomicLong();
		var duplicates = new AtomicLong();
		var errors = new AtomicLong();
		var latencies = Collections.synchronizedList(new ArrayList<Long>());
		var pool = Executors.newFixedThreadPool(callers);
		long started = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup);
		long deadline = started + TimeUnit.SECONDS.toNanos(seconds);
		var done = new CountDownLatch(callers);
		for (String token : tokens) {
			pool.submit(() -> {
				try {
					var local = new ArrayList<Long>();
					while (System.nanoTime() < deadline) {
						long t0 = System.nanoTime();
						var next = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/prospecting/queue/next"))
							.header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
								HttpResponse.BodyHandlers.ofString());
						boolean measured = t0 >= started;
						if (measured) {
							local.add(System.nanoTime() - t0);
						}
						if (next.statusCode() == 204) {
							break;
						}
						var m = ID.matcher(next.body());
						if (next.statusCode() != 200 || !m.find()) {
							errors.incrementAndGet();
							continue;
						}
						if (!handedOut.add(m.group(1))) {
							duplicates.incrementAndGet();
						}
						else if (measured) {
							counted.incrementAndGet();
						}
						var outcome = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/prospecting/prospects/" + m.group(1) + "/outcome"))
							.header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString("{\"outcome\":\"NOT_INTERESTED\"}")).build(),
								HttpResponse.BodyHandlers.discarding());
						if (outcome.statusCode() != 204) {
							errors.incrementAndGet();
						}
					}
					latencies.addAll(local);
				}
				catch (Exception ex) {
					errors.incrementAndGet();
					ex.printStackTrace();
				}
				finally {
					done.countDown();
				}
			});
		}
		done.await();
		double elapsed = (System.nanoTime() - started) / 1e9;
		System.out.printf("warm-up %d s: %d hand-outs, not counted%n", warmup, handedOut.size() - counted.get());
		pool.shutdownNow();
		var sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf("callers=%d seconds=%.1f handed-out=%d rate=%.0f/s next-p50=%.1fms next-p99=%.1fms duplicates=%d errors=%d%n",
				callers, elapsed, counted.get(), counted.get() / elapsed, pct(sorted, 0.50), pct(sorted, 0.99),
				duplicates.get(), errors.get());
		System.exit(0);
	}

	private static double pct(List<Long> sorted, double p) {
		return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
	}

}
