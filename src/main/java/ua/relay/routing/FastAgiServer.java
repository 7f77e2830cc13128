package ua.relay.routing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A FastAGI server for Asterisk: the dialplan runs {@code AGI(agi://relay:4573/route?token=…)}, Asterisk
 * connects, sends the call's {@code agi_*} variables and a blank line, and Relay answers with
 * {@code SET VARIABLE} commands (each acknowledged by {@code 200 result=1}): {@code RELAY_DESTINATION} what
 * to dial, {@code RELAY_TIER}, {@code RELAY_REASON} and {@code RELAY_CALLER_NAME}; then it hangs up the
 * connection and the dialplan goes on with {@code Dial(PJSIP/${RELAY_DESTINATION})}. Callers are checked like
 * the asterisk HTTP adapter (allowed addresses, the token in the AGI address); one refused gets
 * {@code RELAY_ERROR} only.
 */
@Component
class FastAgiServer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(FastAgiServer.class);

	private static final String SOURCE = "ASTERISK";

	private static final int MAX_LINES = 200;

	private final PbxAnswers answers;

	private final CallerNames names;

	private final Telephony telephony;

	private final PbxGate gate;

	private volatile ServerSocket server;

	private volatile ExecutorService workers;

	FastAgiServer(PbxAnswers answers, CallerNames names, Telephony telephony) {
		this.answers = answers;
		this.names = names;
		this.telephony = telephony;
		this.gate = new PbxGate("asterisk", telephony.asterisk());
	}

	/** The port it listens on, or -1 while it does not. */
	int port() {
		var listening = server;
		return listening == null ? -1 : listening.getLocalPort();
	}

	@Override
	public void start() {
		var agi = telephony.agi();
		if (agi.port() < 0) {
			return;
		}
		try {
			var socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getByName(agi.bind()), agi.port()), 100);
			server = socket;
		}
		catch (IOException ex) {
			throw new IllegalStateException("FastAGI cannot listen on " + agi.bind() + ":" + agi.port(), ex);
		}
		var count = new AtomicInteger();
		workers = Executors.newFixedThreadPool(Math.max(1, agi.threads()), task -> {
			var thread = new Thread(task, "fastagi-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		var acceptor = new Thread(this::accept, "fastagi-accept");
		acceptor.setDaemon(true);
		acceptor.start();
		log.info("FastAGI listens on {}:{}", agi.bind(), port());
	}

	private void accept() {
		var listening = server;
		while (listening != null && !listening.isClosed()) {
			try {
				var connection = listening.accept();
				workers.execute(() -> serve(connection));
			}
			catch (SocketException ex) {
				return; // closed by stop()
			}
			catch (IOException ex) {
				log.warn("FastAGI: a connection failed", ex);
			}
		}
	}

	private void serve(Socket connection) {
		try (connection) {
			connection.setSoTimeout((int) Math.max(1_000, telephony.answerWithin().toMillis() * 2));
			var in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
			var out = connection.getOutputStream();
			var variables = readVariables(in);
			if (variables == null) {
				return;
			}
			String token = UriComponentsBuilder.fromUriString(variables.getOrDefault("agi_request", "agi://relay/"))
				.build()
				.getQueryParams()
				.getFirst("token");
			if (!gate.admits(connection.getInetAddress().getHostAddress(), token)) {
				log.warn("FastAGI: refused {}", connection.getInetAddress().getHostAddress());
				command(out, in, "RELAY_ERROR", "refused");
				return;
			}
			String call = variables.getOrDefault("agi_uniqueid", "");
			if (call.isBlank() || call.length() > 100) {
				command(out, in, "RELAY_ERROR", "no agi_uniqueid");
				return;
			}
			var decision = answers.route(SOURCE, call, variables.get("agi_callerid"));
			var set = new LinkedHashMap<String, String>();
			set.put("RELAY_DESTINATION", decision.destination(telephony));
			set.put("RELAY_TIER", decision.tier().name());
			set.put("RELAY_REASON", decision.reasonCode());
			if (!decision.fallback()) {
				names.of(decision).ifPresent(name -> set.put("RELAY_CALLER_NAME", name));
			}
			for (var variable : set.entrySet()) {
				if (!command(out, in, variable.getKey(), variable.getValue())) {
					return;
				}
			}
		}
		catch (IOException ex) {
			log.warn("FastAGI: {}", ex.getMessage());
		}
	}

	/** The {@code agi_*} lines up to the blank one; null when the connection ends first or sends too many. */
	private static Map<String, String> readVariables(BufferedReader in) throws IOException {
		var variables = new HashMap<String, String>();
		for (int n = 0; n < MAX_LINES; n++) {
			String line = in.readLine();
			if (line == null) {
				return null;
			}
			if (line.isEmpty()) {
				return variables;
			}
			int colon = line.indexOf(':');
			if (colon > 0 && line.length() <= 1_000) {
				variables.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
			}
		}
		return null;
	}

	/** Sends one SET VARIABLE and reads its answer; false when Asterisk hung up or refused. */
	private static boolean command(OutputStream out, BufferedReader in, String name, String value) throws IOException {
		String quoted = value.replace("\\", "\\\\").replace("\"", "\\\"").replace('\n', ' ').replace('\r', ' ');
		out.write(("SET VARIABLE " + name + " \"" + quoted + "\"\n").getBytes(StandardCharsets.UTF_8));
		out.flush();
		String reply = in.readLine();
		return reply != null && reply.startsWith("200");
	}

	@Override
	public void stop() {
		var listening = server;
		server = null;
		if (listening != null) {
			try {
				listening.close();
			}
			catch (IOException ex) {
				log.debug("FastAGI: closing", ex);
			}
		}
		if (workers != null) {
			workers.shutdown();
		}
	}

	@Override
	public boolean isRunning() {
		return server != null;
	}

}
