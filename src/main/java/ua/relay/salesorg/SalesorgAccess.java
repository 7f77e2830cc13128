package ua.relay.salesorg;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ua.relay.platform.AccessRule;
import ua.relay.platform.AccessRules;
import ua.relay.platform.Role;

/** The organisation and its matrix are the head of sales' (and the administrator's). */
@Configuration(proxyBeanMethods = false)
class SalesorgAccess {

	@Bean
	AccessRules salesorgAccessRules() {
		return AccessRules.of("salesorg",
				AccessRule.on("/salesorg/**").roles(Role.HEAD, Role.ADMIN),
				AccessRule.on("/api/v1/salesorg/**").roles(Role.HEAD, Role.ADMIN));
	}

}
