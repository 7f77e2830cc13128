import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The routing decision through Relay's FastAGI server, as Asterisk asks it: CONCURRENT connections at a time,
 * each a new call (its agi_* variables and a blank line, then "200 result=1" to every SET VARIABLE until Relay
 * hangs up), from the seeded companies' numbers in the national format. Prints decisions per second, latency
 * percentiles and where the calls went (RELAY_REASON). The first WARMUP seconds are not counted.
 * Usage: java AgiLoad.java HOST PORT TOKEN CONCURRENT SECONDS COMPANIES [WARMUP]
 */
public class AgiLoad {

	public static void main(String[] args) throws Exception {
		String host = args[0];
		int port = Integer.parseInt(args[1]);
		String token = args[2];
		int concurrent = Integer.parseInt(args[3]);
		int seconds = Integer.parseInt(args[4]);
		int companies = Integer.parseInt(args[5]);
		int warmup = args.length > 6 ? Integer.parseInt(args[6]) : 20;
		long warmupEnds = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup);
		long ends = warmupEnds + TimeUnit.SECONDS.toNanos(seconds);
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
					String number = "045" + String.format("%07d", 1 + random.nextInt(companies));
					String call = "agi-" + seed + "-" + (n++) + "-" + System.nanoTime();
					long started = System.nanoTime();
					try (var socket = new Socket(host, port)) {
						socket.setTcpNoDelay(true);
						OutputStream out = socket.getOutputStream();
						var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
						out.write(("agi_network: yes\nagi_request: agi://" + host + ":" + port + "/route?token=" + token
								+ "\nagi_channel: PJSIP/trunk-00000001\nagi_uniqueid: " + call + "\nagi_callerid: " + number
								+ "\nagi_extension: s\n\n").getBytes(StandardCharsets.UTF_8));
						out.flush();
						String reason = "?";
						String line;
						while ((line = in.readLine()) != null) {
							if (line.startsWith("SET VARIABLE RELAY_REASON ")) {
								reason = line.substring("SET VARIABLE RELAY_REASON ".length()).replace("\"", "");
							}
							if (line.startsWith("SET VARIABLE RELAY_ERROR")) {
								reason = "error: " + line;
							}
							out.write("200 result=1\n".getBytes(StandardCharsets.UTF_8));
							out.flush();
						}
						long took = System.nanoTime() - started;
						if (reason.startsWith("error") || reason.equals("?")) {
							errors.incrementAndGet();
						}
						else if (started > warmupEnds) {
							mine.add(took);
							reasons.computeIfAbsent(reason, r -> new AtomicLong()).incrementAndGet();
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
		System.out.printf("FastAGI: %d concurrent, %d s measured after %d s warm-up, %d companies%n", concurrent, seconds,
				warmup, companies);
		System.out.printf("decisions/s: %.0f%n", sorted.size() / (double) seconds);
		System.out.printf("latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", pct(sorted, 50), pct(sorted, 95),
				pct(sorted, 99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
		System.out.println("where they went: " + reasons + ", errors: " + errors.get());
	}

	private static double pct(List<Long> sorted, int p) {
		return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
	}

}
