package ua.relay.prospecting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ua.relay.platform.AccessRules;
import ua.relay.platform.MenuEntries;
import ua.relay.platform.MenuEntries.Entry;
import ua.relay.platform.MenuEntries.Group;
import ua.relay.platform.Role;
import ua.relay.salesorg.DeskAccess;

/** Tier 1's desk is for callers (in the classic model, for every salesperson); record rules apply within. */
@Configuration(proxyBeanMethods = false)
class ProspectingAccess {

	@Bean
	AccessRules prospectingAccessRules(DeskAccess desks) {
		return desks.rulesFor("prospecting", Role.CALLER, "/api/v1/prospecting/imports/**");
	}

	@Bean
	MenuEntries prospectingMenu() {
		return MenuEntries.of("prospecting", Entry.of(Group.TIER_ONE, 10, "/prospecting/desk", "nav.desk"),
				Entry.of(Group.TIER_ONE, 20, "/prospecting/manage/numbers", "nav.numbers"),
				Entry.of(Group.TIER_ONE, 30, "/prospecting/manage/supply", "nav.supply"),
				Entry.of(Group.TIER_ONE, 40, "/prospecting/manage/campaigns", "nav.campaigns"),
				Entry.of(Group.TIER_ONE, 50, "/prospecting/manage/imports", "nav.imports"),
				Entry.of(Group.TIER_ONE, 60, "/prospecting/manage/script", "nav.script"),
				Entry.of(Group.TIER_ONE, 70, "/prospecting/manage/do-not-call", "nav.do-not-call"));
	}

}
