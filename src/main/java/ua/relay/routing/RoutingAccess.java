package ua.relay.routing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ua.relay.platform.AccessRule;
import ua.relay.platform.AccessRules;
import ua.relay.platform.Role;

/**
 * The generic switchboard webhook and the web-form endpoint authenticate with a personal API token the
 * administrator issues (an administrator's account kept for it); the PBX adapters as their configuration
 * says (addresses, token, signature); the caller's card pops up for the employee the call went to; any
 * employee may dial a number through the PBX.
 */
@Configuration(proxyBeanMethods = false)
class RoutingAccess {

	@Bean
	AccessRules routingAccessRules(Telephony telephony) {
		var binotel = new PbxGate("binotel", telephony.binotel());
		var zadarma = new PbxGate("zadarma", telephony.zadarma());
		var asterisk = new PbxGate("asterisk", telephony.asterisk());
		return AccessRules.of("routing", AccessRule.on("/api/v1/telephony/binotel/**").when(binotel.who(), binotel),
				AccessRule.on("/api/v1/telephony/zadarma/**").when(zadarma.who(), zadarma),
				AccessRule.on("/api/v1/telephony/asterisk/**").when(asterisk.who(), asterisk),
				AccessRule.on("/api/v1/telephony/**").roles(Role.ADMIN),
				AccessRule.on("/api/v1/leads/**").roles(Role.ADMIN),
				AccessRule.on("/screen-pop/**").roles(Role.CALLER, Role.CLOSER, Role.ACCOUNT_MANAGER, Role.HEAD, Role.ADMIN),
				AccessRule.on("/telephony/dial").roles(Role.CALLER, Role.CLOSER, Role.ACCOUNT_MANAGER, Role.HEAD));
	}

}
