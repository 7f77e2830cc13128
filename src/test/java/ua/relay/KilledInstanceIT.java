package ua.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.jayway.jsonpath.JsonPath;

import ua.relay.platform.Actor;
import ua.relay.platform.OwnCompany;
import ua.relay.platform.Role;

/**
 * A second Relay, a process of its own, is killed with SIGKILL while eight callers hand prospects over
 * through it: every hand-over a caller saw acknowledged has its one lead within a minute, delivered by the
 * instance still running, and no prospect was handed out twice.
 */
class KilledInstanceIT {

	private static final Map<String, Object> QUICK_RETRIES = Map.of("relay.events.retry-every", "2s",
			"relay.events.retry-after", "4s", "relay.events.retry-stuck", "20s");

	@Test
	void killingAnInstanceDuringHandOversLosesAndDuplicatesNothing() throws Exception {
		assumeThat(TestDatabase.external()).as("two processes share a database server: PostgreSQL").isTrue();
		try (var survivor = FreshRelay.start(QUICK_RETRIES)) {
			survivor.bean(OwnCompany.class).record(survivor.bean(OwnCompany.class).defaults());
			var staffing = survivor.bean(Staffing.class);
			staffing.hire(Role.CLOSER);
			int callers = 8;
			var people = new ArrayList<Actor>();
			for (int i = 0; i < callers; i++) {
				people.add(staffing.hire(Role.CALLER));
			}
			survivor.bean(Prospects.class).queue(400);

			var settings = new java.util.HashMap<String, Object>(QUICK_RETRIES);
			settings.putAll(survivor.database());
			try (var victim = RelayProcess.start(settings)) {
				String url = victim.url();
				var http = HttpClient.newHttpClient();
				var acknowledged = new CopyOnWriteArrayList<String>(); // prospects whose hand-over the caller saw done
				var handedOut = new CopyOnWriteArrayList<String>();
				var killed = new AtomicBoolean();
				ExecutorService pool = Executors.newFixedThreadPool(callers);
				try {
					List<Future<?>> work = new ArrayList<>();
					for (var caller : people) {
						String basic = "Basic " + Base64.getEncoder()
							.encodeToString((caller.username() + ":" + Staffing.PASSWORD).getBytes(StandardCharsets.UTF_8));
						work.add(pool.submit(() -> {
							while (!killed.get()) {
								try {
									var next = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/prospecting/queue/next"))
										.header("Authorization", basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
											HttpResponse.BodyHandlers.ofString());
									if (next.statusCode() != 200) {
										continue;
									}
									String prospect = id(JsonPath.read(next.body(), "$.id"));
									handedOut.add(prospect);
									var outcome = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/prospecting/prospects/" + prospect + "/outcome"))
										.header("Authorization", basic).header("Content-Type", "application/json")
										.POST(HttpRequest.BodyPublishers.ofString("{\"outcome\":\"INTERESTED\",\"note\":\"Хоче тариф\"}"))
										.build(), HttpResponse.BodyHandlers.discarding());
									if (outcome.statusCode() == 204) {
										acknowledged.add(prospect);
									}
								}
								catch (java.io.IOException gone) {
									// the instance died under the request: the caller saw no acknowledgement
								}
							}
							return null;
						}));
					}
					await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 40);
					victim.kill();
					killed.set(true);
					for (var future : work) {
						future.get(60, TimeUnit.SECONDS);
					}
				}
				finally {
					pool.shutdownNow();
				}

				assertThat(handedOut).as("no prospect handed out twice").doesNotHaveDuplicates();
				var jdbc = survivor.bean(JdbcClient.class);
				var expected = acknowledged.stream().map(UUID::fromString).toList();
				await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
					var leads = jdbc.sql("""
							select p.id, count(l.id) from prospecting_prospect p
							left join conversion_lead l on l.company_id = p.company_id
							where p.id in (:prospects) group by p.id
							""")
						.param("prospects", expected)
						.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2)))
						.list();
					assertThat(leads).hasSize(expected.size()).allSatisfy(lead -> assertThat(lead.getValue())
						.as("leads of the hand-over of prospect %s", lead.getKey()).isEqualTo(1));
				});
				assertThat(jdbc.sql("select count(*) from (select company_id from conversion_lead group by company_id having count(*) > 1) twice")
					.query(Long.class).single()).as("companies with two leads").isZero();
			}
		}
	}

	private static String id(Object json) {
		return json instanceof Map<?, ?> value ? String.valueOf(value.get("value")) : String.valueOf(json);
	}

}
