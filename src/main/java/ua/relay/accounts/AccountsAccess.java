package ua.relay.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ua.relay.platform.AccessRules;
import ua.relay.platform.Role;
import ua.relay.salesorg.DeskAccess;

/** Clients are for account managers (in the classic model, every salesperson for their own). */
@Configuration(proxyBeanMethods = false)
class AccountsAccess {

	@Bean
	AccessRules accountsAccessRules(DeskAccess desks) {
		return desks.rulesFor("accounts", Role.ACCOUNT_MANAGER);
	}

}
