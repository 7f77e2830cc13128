package ua.relay.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much demo data to make, {@code relay.demo.*}: {@code months} of history ending today;
 * {@code callsPerCaller} calls a caller makes on a shift (about half of them in the first month, as they
 * learn); {@code prospects} fresh companies in the list brought in on the last Monday, waiting in tier 1's
 * queue besides those the history worked through. Without {@code enabled} set, demo data is made on the
 * embedded database only, never on a production PostgreSQL unless asked for.
 */
@ConfigurationProperties("relay.demo")
record DemoProperties(Boolean enabled, @DefaultValue("2000") int prospects, @DefaultValue("6") int callsPerCaller,
		@DefaultValue("6") int months) {

	DemoProperties {
		if (months < 1 || months > 24) {
			throw new IllegalArgumentException("relay.demo.months is between 1 and 24, not " + months);
		}
	}

	boolean enabledFor(boolean embeddedDatabase) {
		return enabled == null ? embeddedDatabase : enabled;
	}

}
