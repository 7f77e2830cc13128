package ua.relay.analytics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ua.relay.platform.AccessRule;
import ua.relay.platform.AccessRules;
import ua.relay.platform.Role;

/**
 * The commission plan, everyone's statements and the whole department's dashboard are the head's; each
 * salesperson reads their own statement (the service refuses anyone else's) and their tier's dashboard.
 */
@Configuration(proxyBeanMethods = false)
class AnalyticsAccess {

	@Bean
	AccessRules analyticsAccessRules() {
		return AccessRules.of("analytics",
				AccessRule.on("/analytics/commissions/statements/**").roles(Role.CALLER, Role.CLOSER, Role.ACCOUNT_MANAGER,
						Role.HEAD, Role.ADMIN),
				AccessRule.on("/analytics/commissions/mine").roles(Role.CALLER, Role.CLOSER, Role.ACCOUNT_MANAGER, Role.HEAD),
				AccessRule.on("/analytics/dashboard/tier/lg/**").roles(Role.CALLER, Role.HEAD, Role.ADMIN),
				AccessRule.on("/analytics/dashboard/tier/lc/**").roles(Role.CLOSER, Role.HEAD, Role.ADMIN),
				AccessRule.on("/analytics/dashboard/tier/am/**").roles(Role.ACCOUNT_MANAGER, Role.HEAD, Role.ADMIN),
				AccessRule.on("/analytics/**").roles(Role.HEAD, Role.ADMIN));
	}

}
