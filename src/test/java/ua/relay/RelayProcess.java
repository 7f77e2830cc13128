package ua.relay;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;

/**
 * Relay in a JVM of its own, as a second server runs it: its own logging, its own process to kill. It takes
 * the test classpath and the settings given (a database among them), listens on a free port and is up
 * when {@link #start} returns; its output goes to a file.
 */
public final class RelayProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private final Path output;

	private RelayProcess(Process process, int port, Path output) {
		this.process = process;
		this.port = port;
		this.output = output;
	}

	public static RelayProcess start(Map<String, Object> settings) throws Exception {
		int port;
		try (var socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		var command = new ArrayList<String>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), RelayApplication.class.getName(),
				"--server.port=" + port, "--relay.demo.enabled=false"));
		settings.forEach((name, value) -> command.add("--" + name + "=" + value));
		var output = Files.createTempFile("relay-process", ".log");
		var relay = new RelayProcess(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start(),
				port, output);
		Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(relay::up);
		return relay;
	}

	public String url() {
		return "http://localhost:" + port;
	}

	/** What it has written so far, a line each. */
	public List<String> output() throws Exception {
		return Files.readAllLines(output);
	}

	/** SIGKILL: no shutdown hook, no graceful anything. */
	public void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	@Override
	public void close() throws Exception {
		kill();
		Files.deleteIfExists(output);
	}

	private boolean up() {
		if (!process.isAlive()) {
			throw new IllegalStateException("Relay stopped at start, see " + output);
		}
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health")).build(), HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200;
		}
		catch (Exception notYet) {
			return false;
		}
	}

}
