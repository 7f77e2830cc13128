package ua.relay.party;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ua.relay.platform.AccessRule;
import ua.relay.platform.AccessRules;

/** The search box is for everyone signed in; what it finds, each tier decides ({@link SearchSource}). */
@Configuration(proxyBeanMethods = false)
class PartyAccess {

	@Bean
	AccessRules partyAccessRules() {
		return AccessRules.of("party", AccessRule.on("/search").authenticated(),
				AccessRule.on("/api/v1/search").authenticated());
	}

}
