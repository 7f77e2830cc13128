package ua.relay.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

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

	@Override
	public void close() {
		try {
			if (schema != null) {
				bean(JdbcClient.class).sql("drop schema " + schema + " cascade").update();
			}
		}
		finally {
			context.close();
		}
	}

}
