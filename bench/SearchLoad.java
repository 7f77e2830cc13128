import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The search box over HTTP, as the head types into it: CONCURRENT connections, each in a loop of
 * GET /api/v1/search?q=… with the administrator's API token, the query drawn from the seeded companies
 * (SAMPLE: lines of "name<TAB>e164<TAB>contact<TAB>company id") and written the way people write it, one kind in turn:
 * the name as it is, the name misspelt (a letter of its second word changed), the phone as "067 000 12 34",
 * the first word alone, a contact's name. First the floor: GET /api/v1/me with the same token and
 * connections, which is the HTTP and security stack without any SQL of the search. The first WARMUP
 * seconds of each are not counted. Prints requests per second, latency percentiles per kind and overall,
 * how many searches found nothing, and how often the company asked for was among the hits (by its name,
 * misspelt or not, and by its phone; a first word or a contact's name is shared by many).
 * Usage: java SearchLoad.java BASE_URL USER PASSWORD CONCURRENT SECONDS SAMPLE [WARMUP]
 */
public class SearchLoad {

	private static final String[] KINDS = { "name", "misspelt", "phone", "first word", "contact" };

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int concurrent = Integer.parseInt(args[3]);
		int seconds = Integer.parseInt(args[4]);
		List<String[]> sample = Files.readAllLines(Path.of(args[5])).stream().map(l -> l.split("\t", -1)).toList();
		int warmup = args.length > 6 ? Integer.parseInt(args[6]) : 10;
		var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		String basic = Base64.getEncoder().encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
		var tokenResponse = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me/tokens"))
			.header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"search-bench\"}")).build(), HttpResponse.BodyHandlers.ofString());
		var m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(tokenResponse.body());
		if (!m.find()) {
			throw new IllegalStateException("No token: " + tokenResponse.statusCode() + " " + tokenResponse.body());
		}
		String token = m.group(1);

		run("floor: GET /api/v1/me", http, token, concurrent, seconds, warmup, (n) -> new Request(base + "/api/v1/me", 0, null));
		run("search: GET /api/v1/search", http, token, concurrent, seconds, warmup, (n) -> {
			var random = new SplittableRandom(n);
			String[] company = sample.get(random.nextInt(sample.size()));
			int kind = (int) (n % KINDS.length);
			String q = switch (kind) {
				case 0 -> company[0];
				case 1 -> misspelt(company[0], random);
				case 2 -> spaced(company[1]);
				case 3 -> company[0].split("[ -]")[0];
				default -> company[2].isEmpty() ? company[0] : company[2];
			};
			return new Request(base + "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), kind,
					kind <= 2 ? company[3] : null);
		});
	}

	/** {@code wanted}: the company the query names, where it names one. */
	record Request(String url, int kind, String wanted) {
	}

	record Timed(long nanos, int kind, boolean empty, boolean foundWanted) {
	}

	static void run(String what, HttpClient http, String token, int concurrent, int seconds, int warmup,
			Function<Long, Request> next) throws InterruptedException {
		long warmupEnds = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
		long ends = warmupEnds + Duration.ofSeconds(seconds).toNanos();
		var timed = Collections.synchronizedList(new ArrayList<Timed>());
		var errors = new AtomicLong();
		var counter = new AtomicLong();
		var done = new CountDownLatch(concurrent);
		for (int t = 0; t < concurrent; t++) {
			new Thread(() -> {
				var mine = new ArrayList<Timed>();
				while (System.nanoTime() < ends) {
					var request = next.apply(counter.getAndIncrement());
					long started = System.nanoTime();
					try {
						var response = http.send(HttpRequest.newBuilder(URI.create(request.url()))
							.header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
						long took = System.nanoTime() - started;
						if (response.statusCode() != 200) {
							errors.incrementAndGet();
							continue;
						}
						if (started > warmupEnds) {
							mine.add(new Timed(took, request.kind(), response.body().contains("\"hits\":[]"),
									request.wanted() != null && response.body().contains("\"companyId\":\"" + request.wanted() + "\"")));
						}
					}
					catch (Exception ex) {
						errors.incrementAndGet();
					}
				}
				timed.addAll(mine);
				done.countDown();
			}).start();
		}
		done.await();
		System.out.printf("%s: %d concurrent, %d s measured: %.0f requests/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d errors%n",
				what, concurrent, seconds, timed.size() / (double) seconds, percentile(timed, 0.50), percentile(timed, 0.95),
				percentile(timed, 0.99), errors.get());
		if (what.startsWith("search")) {
			for (int kind = 0; kind < KINDS.length; kind++) {
				int k = kind;
				var ofKind = timed.stream().filter(t -> t.kind() == k).toList();
				System.out.printf("  %-10s p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms, found nothing %d of %d%s%n", KINDS[kind],
						percentile(ofKind, 0.50), percentile(ofKind, 0.95), percentile(ofKind, 0.99),
						ofKind.stream().filter(Timed::empty).count(), ofKind.size(),
						kind <= 2 ? ", the company asked for among the hits " + ofKind.stream().filter(Timed::foundWanted).count()
								: "");
			}
		}
	}

	/** A letter of the name's second word changed, as a hurried hand does. */
	static String misspelt(String name, SplittableRandom random) {
		int space = name.indexOf(' ');
		int at = space + 2 + random.nextInt(Math.max(1, Math.min(4, name.length() - space - 3)));
		if (space < 0 || at >= name.length()) {
			at = name.length() / 2;
		}
		char replacement = name.charAt(at) == 'о' ? 'а' : 'о';
		return name.substring(0, at) + replacement + name.substring(at + 1);
	}

	/** +380670001234 as people write it: 067 000 12 34. */
	static String spaced(String e164) {
		String local = "0" + e164.substring(4);
		return local.substring(0, 3) + " " + local.substring(3, 6) + " " + local.substring(6, 8) + " " + local.substring(8);
	}

	static double percentile(List<Timed> timed, double p) {
		var sorted = timed.stream().mapToLong(Timed::nanos).sorted().toArray();
		return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
	}

}
