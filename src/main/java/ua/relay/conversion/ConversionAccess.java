package ua.relay.conversion;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ua.relay.platform.AccessRules;
import ua.relay.platform.Role;
import ua.relay.salesorg.DeskAccess;

/** Tier 2's pages are for closers (in the classic model, every salesperson); each sees their own. */
@Configuration(proxyBeanMethods = false)
class ConversionAccess {

	@Bean
	AccessRules conversionAccessRules(DeskAccess desks) {
		return desks.rulesFor("conversion", Role.CLOSER);
	}

}
