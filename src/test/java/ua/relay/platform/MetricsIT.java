package ua.relay.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import ua.relay.Prospects;
import ua.relay.Staffing;
import ua.relay.TestDatabase;
import ua.relay.prospecting.CallQueue;

/**
 * The metrics Prometheus scrapes, as the real server answers them: refused to anybody without an
 * administrator's credentials, and with them Relay's own counters beside the JVM's.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.prometheus.metrics.export.enabled=true")
@ContextConfiguration(initializers = TestDatabase.class)
class MetricsIT {

	@LocalServerPort
	int port;

	@Autowired
	Staffing staffing;

	@Autowired
	UserManagement users;

	@Autowired
	Prospects prospects;

	@Autowired
	CallQueue queue;

	@Test
	void onlyAnAdministratorsTokenReadsTheMetricsAndTheyNameRelaysWork() throws Exception {
		var caller = staffing.hire(Role.CALLER);
		prospects.queue(1);
		queue.next(caller).orElseThrow();

		assertThat(scrape(null).statusCode()).as("anonymous").isEqualTo(401);
		assertThat(scrape("Bearer " + users.issueApiToken(caller, "metrics")).statusCode()).as("a caller's token").isEqualTo(403);
		var admin = scrape("Bearer " + users.issueApiToken(staffing.hire(Role.ADMIN), "prometheus"));
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(admin.body()).contains("relay_handouts_total", "relay_publications_incomplete", "relay_publications_stuck",
				"jvm_memory_used_bytes");
		assertThat(admin.headers().allValues("Set-Cookie")).as("no session for a scrape").isEmpty();
	}

	private HttpResponse<String> scrape(String authorization) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
