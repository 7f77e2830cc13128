package ua.relay.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

import ua.relay.platform.AccessRule;
import ua.relay.platform.AccessRules;
import ua.relay.platform.MenuEntries;
import ua.relay.platform.MenuEntries.Entry;
import ua.relay.platform.MenuEntries.Group;
import ua.relay.platform.Role;

@Configuration(proxyBeanMethods = false)
class PlatformAccess {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	AccessRules platformAccessRules() {
		return AccessRules.of("platform",
				AccessRule.on("/login").permitAll(),
				// open only while nobody can sign in: afterwards both answer 404 (Setup)
				AccessRule.on("/setup").permitAll(),
				AccessRule.on(HttpMethod.POST, "/api/v1/setup").permitAll(),
				// an invitation's link, for whoever holds it: the secret in it is the credential
				AccessRule.on("/invitation/*").permitAll(),
				AccessRule.on("/error").permitAll(),
				AccessRule.on("/css/**").permitAll(),
				AccessRule.on("/js/**").permitAll(),
				AccessRule.on("/webjars/**").permitAll(),
				AccessRule.on("/favicon.ico").permitAll(),
				AccessRule.on(HttpMethod.GET, "/actuator/health").permitAll(),
				AccessRule.on("/v3/api-docs*").permitAll(),
				AccessRule.on("/v3/api-docs/**").permitAll(),
				AccessRule.on("/swagger-ui/**").permitAll(),
				AccessRule.on("/swagger-ui.html").permitAll(),
				AccessRule.on(HttpMethod.GET, "/").authenticated(),
				AccessRule.on("/account/password").authenticated(),
				AccessRule.on("/account").authenticated(),
				AccessRule.on("/account/tokens/**").authenticated(),
				// a second factor (TOTP) is the head's and the administrator's
				AccessRule.on(HttpMethod.POST, "/account/second-factor").roles(Role.HEAD, Role.ADMIN),
				AccessRule.on(HttpMethod.POST, "/account/second-factor/**").roles(Role.HEAD, Role.ADMIN),
				AccessRule.on("/api/v1/me/tokens").authenticated(),
				AccessRule.on(HttpMethod.DELETE, "/api/v1/me/tokens/*").authenticated(),
				AccessRule.on(HttpMethod.GET, "/api/v1/me").authenticated(),
				AccessRule.on("/notifications").authenticated(),
				AccessRule.on("/notifications/**").authenticated(),
				AccessRule.on(HttpMethod.GET, "/api/v1/me/notifications").authenticated(),
				AccessRule.on("/admin/audit").roles(Role.HEAD, Role.ADMIN),
				AccessRule.on("/admin/audit/**").roles(Role.HEAD, Role.ADMIN),
				AccessRule.on("/api/v1/admin/audit").roles(Role.HEAD, Role.ADMIN),
				AccessRule.on("/settings").roles(Role.HEAD, Role.ADMIN),
				AccessRule.on("/settings/**").roles(Role.HEAD, Role.ADMIN),
				AccessRule.on("/api/v1/admin/settings").roles(Role.HEAD, Role.ADMIN),
				AccessRule.on("/api/v1/admin/settings/**").roles(Role.HEAD, Role.ADMIN));
	}

	@Bean
	MenuEntries platformMenu() {
		return MenuEntries.of("platform", Entry.of(Group.DEPARTMENT, 85, "/settings", "nav.settings"),
				Entry.of(Group.DEPARTMENT, 90, "/admin/audit", "nav.audit"));
	}

}
