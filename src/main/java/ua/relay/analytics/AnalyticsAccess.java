package ua.relay.analytics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import ua.relay.platform.AccessRule;
import ua.relay.platform.AccessRules;
import ua.relay.platform.MenuEntries;
import ua.relay.platform.MenuEntries.Entry;
import ua.relay.platform.MenuEntries.Group;
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
				AccessRule.on("/analytics/**").roles(Role.HEAD, Role.ADMIN),
				// the same figures in the API, under the same rules as the pages
				AccessRule.on(HttpMethod.GET, "/api/v1/analytics/commissions/*/mine").roles(Role.CALLER, Role.CLOSER,
						Role.ACCOUNT_MANAGER, Role.HEAD),
				AccessRule.on(HttpMethod.GET, "/api/v1/analytics/tiers/lg").roles(Role.CALLER, Role.HEAD, Role.ADMIN),
				AccessRule.on(HttpMethod.GET, "/api/v1/analytics/tiers/lc").roles(Role.CLOSER, Role.HEAD, Role.ADMIN),
				AccessRule.on(HttpMethod.GET, "/api/v1/analytics/tiers/am").roles(Role.ACCOUNT_MANAGER, Role.HEAD, Role.ADMIN),
				AccessRule.on("/api/v1/analytics/**").roles(Role.HEAD, Role.ADMIN));
	}

	@Bean
	MenuEntries analyticsMenu() {
		return MenuEntries.of("analytics", Entry.of(Group.OVERVIEW, 10, "/analytics/dashboard", "nav.dashboard"),
				Entry.of(Group.TIER_ONE, 90, "/analytics/dashboard/tier/lg", "nav.tier-dashboard"),
				Entry.of(Group.TIER_TWO, 90, "/analytics/dashboard/tier/lc", "nav.tier-dashboard"),
				Entry.of(Group.TIER_THREE, 90, "/analytics/dashboard/tier/am", "nav.tier-dashboard"),
				Entry.of(Group.DEPARTMENT, 20, "/analytics/matrix", "nav.matrix-report"),
				Entry.of(Group.DEPARTMENT, 50, "/analytics/commissions", "nav.commissions"),
				Entry.of(Group.DEPARTMENT, 60, "/analytics/simulator", "nav.simulator"),
				Entry.of(Group.MINE, 10, "/analytics/commissions/mine", "nav.my-commission").unlessOpens("/analytics/commissions"));
	}

}
