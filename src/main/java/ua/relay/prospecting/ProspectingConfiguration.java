package ua.relay.prospecting;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProspectingProperties.class)
class ProspectingConfiguration {
}
