package ua.relay.conversion;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import ua.relay.platform.AccessRule;
import ua.relay.platform.AccessRules;
import ua.relay.platform.MenuEntries;
import ua.relay.platform.MenuEntries.Entry;
import ua.relay.platform.MenuEntries.Group;
import ua.relay.platform.Role;
import ua.relay.salesorg.DeskAccess;

/** Tier 2's pages are for closers (in the classic model, every salesperson); each sees their own. */
@Configuration(proxyBeanMethods = false)
class ConversionAccess {

	@Bean
	AccessRules conversionAccessRules(DeskAccess desks) {
		return desks.rulesFor("conversion", Role.CLOSER, "/conversion/leads/reassign", "/conversion/leads/*/reassign");
	}

	/** A closer's calendar feed is read by their phone, which has no session: its secret address is the key. */
	@Bean
	AccessRules meetingFeedAccessRules() {
		return AccessRules.of("conversion", AccessRule.on(HttpMethod.GET, "/calendar/*.ics").permitAll());
	}

	@Bean
	MenuEntries conversionMenu() {
		return MenuEntries.of("conversion", Entry.of(Group.TIER_TWO, 5, "/conversion/day", "nav.closer-day"),
				Entry.of(Group.TIER_TWO, 10, "/conversion/inbox", "nav.inbox"),
				Entry.of(Group.TIER_TWO, 20, "/conversion/board", "nav.board"),
				Entry.of(Group.TIER_TWO, 30, "/conversion/numbers", "nav.closer-numbers"),
				Entry.of(Group.TIER_TWO, 80, "/conversion/manage/stages", "nav.stages"),
				Entry.of(Group.TIER_TWO, 90, "/conversion/manage/deal-imports", "nav.deal-imports"));
	}

}
