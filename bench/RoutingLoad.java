import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The routing decision over HTTP: N concurrent PBX connections, each in a loop of
 * POST /api/v1/telephony/inbound with a new call id and a caller's number drawn from the seeded
 * companies (in the national format a PBX sends, 0451234567), with the administrator's API token. A share
 * of the calls (UNKNOWN_PER_MILLE) come from numbers nobody knows, which makes a company and a lead each.
 * The first WARMUP seconds are not counted. Prints decisions per second, latency percentiles, where the
 * calls went, and the decisions that fell back.
 * Usage: java RoutingLoad.java BASE_URL USER PASSWORD CONCURRENT SECONDS COMPANIES [WARMUP] [UNKNOWN_PER_MILLE]
 */
public class RoutingLoad {

	private static final Pattern REASON = Pattern.compile("\"reason\":\"([^\"|]+)");

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int concurrent = Integer.parseInt(args[3]);
		int seconds = Integer.parseInt(args[4]);
		int companies = Integer.parseInt(args[5]);
		int warmup = args.length > 6 ? Integer.parseInt(args[6]) : 20;
		int unknownPerMille = args.length > 7 ? Integer.parseInt(args[7]) : 0;
		var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		String basic = Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
		var tokenResponse = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me/tokens"))
			.header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"routing-bench\"}")).build(), HttpResponse.BodyHandlers.ofString());
		var m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(tokenResponse.body());
		if (!m.find()) {
			throw new IllegalStateException("No token: " + tokenResponse.statusCode() + " " + tokenResponse.body());
		}
		String token = m.group(1);

		long warmupEnds = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
		long ends = warmupEnds + Duration.ofSeconds(seconds).toNanos();
		var latencies = Collections.synchronizedList(new ArrayList<Long>());
		var reasons = new ConcurrentHashMap<String, AtomicLong>();
		var errors = new AtomicLong();
		var done = new CountDownLatch(concurrent);
		for (int t = 0; t < concurrent; t++) {
			int seed = t;
			new Thread(() -> {
				var random = new SplittableRandom(seed);
				var mine = new ArrayList<Long>();
				long n = 0;
				while (System.nanoTime() < ends) {
					String number = random.nextInt(1000) < unknownPerMille
							? "093" + (1_000_000 + random.nextInt(8_999_999))
							: "045" + String.format("%07d", 1 + random.nextInt(companies));
					String body = "{\"callId\":\"bench-" + seed + "-" + (n++) + "-" + System.nanoTime() + "\",\"from\":\"" + number + "\"}";
					long started = System.nanoTime();
					try {
						var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/telephony/inbound"))
							.header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
						long took = System.nanoTime() - started;
						if (response.statusCode() != 200) {
							errors.incrementAndGet();
							continue;
						}
						if (started > warmupEnds) {
							mine.add(took);
							var reason = REASON.matcher(response.body());
							reasons.computeIfAbsent(reason.find() ? reason.group(1) : "?", r -> new AtomicLong()).incrementAndGet();
						}
					}
					catch (Exception ex) {
						errors.incrementAndGet();
					}
				}
				latencies.addAll(mine);
				done.countDown();
			}).start();
		}
		done.await();
		var sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf("%d concurrent, %d s measured after %d s warm-up, %d companies, %d ‰ unknown numbers%n", concurrent,
				seconds, warmup, companies, unknownPerMille);
		System.out.printf("decisions/s: %.0f%n", sorted.size() / (double) seconds);
		System.out.printf("latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", pct(sorted, 50), pct(sorted, 95),
				pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
		System.out.println("where they went: " + reasons + ", errors: " + errors.get());
	}

	private static double pct(List<Long> sorted, int p) {
		return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
	}

}
