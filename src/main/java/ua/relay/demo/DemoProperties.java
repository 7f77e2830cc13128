package ua.relay.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much demo data to make: {@code relay.demo.*}. Without {@code enabled} set, demo data is made on
 * the embedded database only, never on a production PostgreSQL unless asked for.
 */
@ConfigurationProperties("relay.demo")
record DemoProperties(Boolean enabled, @DefaultValue("2000") int prospects, @DefaultValue("12") int callsPerCaller) {

	boolean enabledFor(boolean embeddedDatabase) {
		return enabled == null ? embeddedDatabase : enabled;
	}

}
