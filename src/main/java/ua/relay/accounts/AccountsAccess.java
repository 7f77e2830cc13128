package ua.relay.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ua.relay.platform.AccessRules;
import ua.relay.platform.MenuEntries;
import ua.relay.platform.MenuEntries.Entry;
import ua.relay.platform.MenuEntries.Group;
import ua.relay.platform.Role;
import ua.relay.salesorg.DeskAccess;

/** Clients are for account managers (in the classic model, every salesperson for their own). */
@Configuration(proxyBeanMethods = false)
class AccountsAccess {

	@Bean
	AccessRules accountsAccessRules(DeskAccess desks) {
		return desks.rulesFor("accounts", Role.ACCOUNT_MANAGER, "/accounts/clients/reassign");
	}

	@Bean
	MenuEntries accountsMenu() {
		return MenuEntries.of("accounts", Entry.of(Group.TIER_THREE, 10, "/accounts/clients", "nav.clients"),
				Entry.of(Group.TIER_THREE, 20, "/accounts/invoices/overdue", "nav.overdue"),
				Entry.of(Group.TIER_THREE, 30, "/accounts/segments", "nav.segments"),
				Entry.of(Group.TIER_THREE, 40, "/accounts/numbers", "nav.manager-numbers"),
				Entry.of(Group.TIER_THREE, 80, "/accounts/manage/playbook", "nav.playbook"),
				Entry.of(Group.TIER_THREE, 90, "/accounts/manage/client-imports", "nav.client-imports"));
	}

}
