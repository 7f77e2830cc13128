package ua.relay.platform;

import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application; business code takes it injected, never the wall clock. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	public static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

	@Bean
	ApplicationClock clock() {
		return new ApplicationClock(KYIV);
	}

}
