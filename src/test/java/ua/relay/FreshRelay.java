package ua.relay;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;


/**
 * Relay started on an empty database of its own, as a new company or the demo meets it: a new in-memory
 * H2, or on the external PostgreSQL of the integration tests a new schema (the other tests share the
 * default one, where there are users already), dropped again on close.
 */
public final class FreshRelay implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final String schema;

	private FreshRelay(ConfigurableApplicationContext context, String schema) {
		this.context = context;
		this.schema = schema;
	}

	/** With the demo and these settings: a history of its own on a database of its own. */
	public static FreshRelay withDemo(Map<String, Object> settings) {
		var all = new HashMap<String, Object>(settings);
		all.put("relay.demo.enabled", "true");
		return start(all);
	}

	/** With these settings (the demo is off unless they turn it on), listening on a port of its own. */
	public static FreshRelay start(Map<String, Object> settings) {
		var properties = new HashMap<String, Object>(TestDatabase.properties());
		String schema = null;
		if (TestDatabase.external()) {
			schema = "demo_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			String url = (String) properties.get("spring.datasource.url");
			properties.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
			properties.put("spring.flyway.schemas", schema);
		}
		return run(properties, settings, schema);
	}

	/**
	 * Another instance on this one's database, as a second server behind the load balancer: closing it leaves
	 * the database to this one.
	 */
	public FreshRelay beside(Map<String, Object> settings, Class<?>... configurations) {
		var properties = new HashMap<String, Object>(database());
		properties.putAll(TestDatabase.IDLE_POOLS);
		return run(properties, settings, null, configurations);
	}

	/** The settings that lead another instance, or another process, to this one's database. */
	public Map<String, Object> database() {
		var env = context.getEnvironment();
		var properties = new HashMap<String, Object>();
		for (String name : new String[] { "spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
				"spring.flyway.schemas" }) {
			if (env.containsProperty(name)) {
				properties.put(name, env.getProperty(name));
			}
		}
		return properties;
	}

	private static FreshRelay run(Map<String, Object> database, Map<String, Object> settings, String schema,
			Class<?>... configurations) {
		var properties = new HashMap<String, Object>(database);
		properties.put("relay.demo.enabled", "false");
		properties.put("server.port", "0");
		properties.putAll(settings);
		// as command-line arguments, so they win over application.properties like a real start's would
		String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		var sources = new Class<?>[configurations.length + 1];
		sources[0] = RelayApplication.class;
		System.arraycopy(configurations, 0, sources, 1, configurations.length);
		return new FreshRelay(new SpringApplicationBuilder(sources).run(args), schema);
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	/** Where it listens: {@code http://localhost:port}. */
	public String url() {
		return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
	}

	/** Stops Relay, then drops its schema (while it runs, its own jobs hold locks in it). */
	@Override
	public void close() {
		var datasource = context.getEnvironment();
		String url = datasource.getProperty("spring.datasource.url");
		String user = datasource.getProperty("spring.datasource.username");
		String password = datasource.getProperty("spring.datasource.password");
		context.close();
		if (schema != null) {
			try (var connection = DriverManager.getConnection(url, user, password);
					var statement = connection.createStatement()) {
				statement.execute("drop schema " + schema + " cascade");
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not drop the demo's schema " + schema, ex);
			}
		}
	}

}
