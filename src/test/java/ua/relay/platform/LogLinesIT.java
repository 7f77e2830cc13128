package ua.relay.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import ua.relay.FreshRelay;
import ua.relay.Staffing;

/**
 * Relay's log as a log collector reads it when asked for JSON: one object per line, each line of a request
 * with its correlation id (the proxy's, returned in the answer) and the user who made it.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogLinesIT {

	@Test
	void eachLineOfARequestIsJsonWithItsCorrelationIdAndItsUser(CapturedOutput output) throws Exception {
		try (var relay = FreshRelay.start(Map.of("logging.structured.format.console", "ecs"))) {
			var head = relay.bean(Staffing.class).hire(Role.HEAD);
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
			assertThat(output.getOut().lines().filter(line -> line.contains("log.csv uploaded")))
				.singleElement()
				.satisfies(line -> assertThat(line).startsWith("{").endsWith("}")
					.contains("\"request_id\":\"req-17-log\"", "\"user\":\"" + head.username() + "\""));
		}
	}

}
