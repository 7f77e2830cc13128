package ua.relay.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/** Event listeners between modules run after the publishing transaction commits, on their own threads. */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {
}
