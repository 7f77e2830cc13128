package ua.relay.platform;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The platform's properties: the supplier suggested at setup, the company's settings until first changed. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ Supplier.class, SettingsDefaults.class })
class PlatformProperties {
}
