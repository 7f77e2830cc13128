package ua.relay.routing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/** A PBX's HTTP API on a local port: records every request and answers with the status and body it is given. */
final class FakePbx implements AutoCloseable {

	record Request(String method, String uri, Map<String, List<String>> headers, String body) {

		String header(String name) {
			return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0))
				.findFirst().orElse(null);
		}

	}

	final List<Request> requests = new CopyOnWriteArrayList<>();

	private final HttpServer server;

	private volatile int status = 200;

	private volatile String answer = "{\"status\":\"success\"}";

	FakePbx() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
					Map.copyOf(exchange.getRequestHeaders()), new String(body, StandardCharsets.UTF_8)));
			byte[] reply = answer.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, reply.length);
			exchange.getResponseBody().write(reply);
			exchange.close();
		});
		server.start();
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	FakePbx answering(int status, String body) {
		this.status = status;
		this.answer = body;
		return this;
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
