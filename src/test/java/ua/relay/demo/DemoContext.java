package ua.relay.demo;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import ua.relay.RelayApplication;
import ua.relay.TestDatabase;

/**
 * Relay started with its demo on an empty database of its own: a new in-memory H2, or on the external
 * PostgreSQL of the integration tests a new schema (the demo fills only an empty database, and the other
 * tests share the default one), dropped again on close.
 */
final class DemoContext implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final String schema;

	private DemoContext(ConfigurableApplicationContext context, String schema) {
		this.context = context;
		this.schema = schema;
	}

	static DemoContext start(Map<String, Object> demo) {
		var properties = new HashMap<String, Object>(TestDatabase.properties());
		String schema = null;
		if (TestDatabase.external()) {
			schema = "demo_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			String url = (String) properties.get("spring.datasource.url");
			properties.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
			properties.put("spring.flyway.schemas", schema);
		}
		properties.put("relay.demo.enabled", "true");
		properties.put("server.port", "0");
		properties.putAll(demo);
		// as command-line arguments, so they win over application.properties like a real start's would
		String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		return new DemoContext(new SpringApplicationBuilder(RelayApplication.class).run(args), schema);
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
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
