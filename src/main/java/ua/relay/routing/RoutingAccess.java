package ua.relay.routing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ua.relay.platform.AccessRule;
import ua.relay.platform.AccessRules;
import ua.relay.platform.Role;

/**
 * The switchboard's webhook is for the PBX, the web-form endpoint for the website; each authenticates
 * with a personal API token the administrator issues for it (an administrator's account kept for it).
 */
@Configuration(proxyBeanMethods = false)
class RoutingAccess {

	@Bean
	AccessRules routingAccessRules() {
		return AccessRules.of("routing", AccessRule.on("/api/v1/telephony/**").roles(Role.ADMIN),
				AccessRule.on("/api/v1/leads/**").roles(Role.ADMIN));
	}

}
