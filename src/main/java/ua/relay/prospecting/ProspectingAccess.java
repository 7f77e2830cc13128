package ua.relay.prospecting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ua.relay.platform.AccessRules;
import ua.relay.platform.Role;
import ua.relay.salesorg.DeskAccess;

/** Tier 1's desk is for callers (in the classic model, for every salesperson); record rules apply within. */
@Configuration(proxyBeanMethods = false)
class ProspectingAccess {

	@Bean
	AccessRules prospectingAccessRules(DeskAccess desks) {
		return desks.rulesFor("prospecting", Role.CALLER, "/api/v1/prospecting/imports/**");
	}

}
