package ua.relay.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ua.relay.FreshRelay;
import ua.relay.RelayProcess;
import ua.relay.Staffing;
import ua.relay.TestDatabase;

/**
 * Relay's log as a log collector reads it when asked for JSON: one object per line, each line of a request
 * with its correlation id (the proxy's, returned in the answer) and the user who made it. Relay runs in a
 * process of its own, as in production: the tests' JVM keeps the logging its first context set up.
 */
class LogLinesIT {

	@Test
	void eachLineOfARequestIsJsonWithItsCorrelationIdAndItsUser() throws Exception {
		// on the embedded database, a file the second process can open too
		var shared = TestDatabase.external() ? Map.<String, Object>of()
				: Map.<String, Object>of("spring.datasource.url", "jdbc:h2:file:" + Files.createTempDirectory("relay-log") + "/relay;"
						+ "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE");
		try (var database = FreshRelay.start(shared)) {
			var head = database.bean(Staffing.class).hire(Role.HEAD);
			var settings = new HashMap<String, Object>(database.database());
			settings.put("logging.structured.format.console", "ecs");
			try (var relay = RelayProcess.start(settings)) {
				String boundary = "relay-log-test";
				String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"log.csv\"\r\n"
						+ "Content-Type: text/csv\r\n\r\nНазва;Телефон\r\nТОВ «Журнал»;0931234001\r\n--" + boundary + "--\r\n";
				var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(relay.url() + "/api/v1/prospecting/imports"))
					.header("Authorization", "Basic " + Base64.getEncoder()
						.encodeToString((head.username() + ":" + Staffing.PASSWORD).getBytes(StandardCharsets.UTF_8)))
					.header("X-Request-Id", "req-17-log")
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
					.build(), HttpResponse.BodyHandlers.ofString());

				assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
				assertThat(response.headers().firstValue("X-Request-Id")).hasValue("req-17-log");
				assertThat(relay.output().stream().filter(line -> line.contains("log.csv uploaded")))
					.singleElement()
					.satisfies(line -> assertThat(line).startsWith("{").endsWith("}")
						.contains("\"request_id\":\"req-17-log\"", "\"user\":\"" + head.username() + "\""));
			}
		}
	}

}
