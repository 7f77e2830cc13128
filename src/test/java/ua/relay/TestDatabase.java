package ua.relay;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import ua.relay.platform.OwnCompany;

/**
 * Chooses the database of the integration tests: the JDBC URL in the system property or environment
 * variable {@code relay.it.datasource.url} / {@code RELAY_IT_DATASOURCE_URL} (with
 * {@code ….username} and {@code ….password}), or else a private in-memory H2 in PostgreSQL mode; and
 * records the company on the tests' documents, so that the tests meet a Relay that has been set up.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String H2_MEMORY = "jdbc:h2:mem:%s;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		var properties = new HashMap<String, Object>(properties());
		if (!context.getEnvironment().containsProperty("relay.demo.enabled")) {
			properties.put("relay.demo.enabled", "false"); // tests make their own data unless they ask for the demo
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("relay-test-database", properties));
		context.addApplicationListener(new ApplicationListener<ApplicationReadyEvent>() {

			/** The tests' company is set up, as a demo's is: no page of theirs is led to setup. */
			@Override
			public void onApplicationEvent(ApplicationReadyEvent event) {
				var company = event.getApplicationContext().getBean(OwnCompany.class);
				if (!company.recorded()) {
					try {
						company.record(company.defaults());
					}
					catch (RuntimeException recordedMeanwhile) {
						// another test context on the same external database recorded it first
					}
				}
			}

		});
	}

	/** The datasource properties for a test context: the external database, or a new in-memory one. */
	public static Map<String, Object> properties() {
		var properties = new HashMap<String, Object>(external()
				? Map.of("spring.datasource.url", setting("url"), "spring.datasource.username", setting("username"),
						"spring.datasource.password", setting("password"))
				: Map.of("spring.datasource.url", H2_MEMORY.formatted("relay-" + UUID.randomUUID()),
						"spring.datasource.username", "sa", "spring.datasource.password", ""));
		properties.putAll(IDLE_POOLS);
		return properties;
	}

	/**
	 * The test contexts Spring keeps between test classes, and the instances some tests start beside them,
	 * share one PostgreSQL with its hundred connections: a pool keeps one connection while idle and gives the
	 * rest back after ten seconds, so that idle contexts do not hold the connections busy ones need.
	 */
	public static final Map<String, Object> IDLE_POOLS = Map.of("spring.datasource.hikari.minimum-idle", "1",
			"spring.datasource.hikari.idle-timeout", "10000");

	public static boolean external() {
		return !setting("url").isBlank();
	}

	static String setting(String name) {
		String value = System.getProperty("relay.it.datasource." + name);
		if (value == null || value.isBlank()) {
			value = System.getenv("RELAY_IT_DATASOURCE_" + name.toUpperCase());
		}
		return value == null ? "" : value;
	}

}
