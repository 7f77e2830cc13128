package ua.relay.salesorg;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

import ua.relay.platform.AccessRule;
import ua.relay.platform.AccessRules;
import ua.relay.platform.Role;

/**
 * Who may work a tier's desk. In the three-tier model: that tier's specialists and the overseers. In
 * the classic model every salesperson works all three desks for their own clients (the desks still
 * show each person only their own records).
 */
@Component
public class DeskAccess {

	private final Organisation organisation;

	DeskAccess(Organisation organisation) {
		this.organisation = organisation;
	}

	public AuthorizationManager<RequestAuthorizationContext> deskOf(Role specialist) {
		Set<Role> specialists = EnumSet.of(specialist, Role.HEAD, Role.ADMIN);
		Set<Role> classic = EnumSet.copyOf(Role.SALES);
		classic.addAll(Role.OVERSEERS);
		return (authentication, context) -> {
			var allowed = organisation.mode() == OrganisationMode.CLASSIC ? classic : specialists;
			return new AuthorizationDecision(AccessRule.holdsAny(authentication.get(), allowed));
		};
	}

	/**
	 * The rules of a tier's module: what the head sets up for the tier under {@code /module/manage/**}
	 * (and {@code /api/v1/module/manage/**}) is for the head and the administrator; the rest of its pages
	 * and API are the tier's desk.
	 */
	public AccessRules rulesFor(String module, Role specialist, String... alsoForTheHeadOnly) {
		var who = specialist + ", HEAD, ADMIN; in CLASSIC mode any salesperson";
		var desk = deskOf(specialist);
		var rules = new java.util.ArrayList<AccessRule>();
		rules.add(AccessRule.on("/" + module + "/manage/**").roles(Role.HEAD, Role.ADMIN));
		rules.add(AccessRule.on("/api/v1/" + module + "/manage/**").roles(Role.HEAD, Role.ADMIN));
		for (String pattern : alsoForTheHeadOnly) {
			rules.add(AccessRule.on(pattern).roles(Role.HEAD, Role.ADMIN));
		}
		rules.add(AccessRule.on("/" + module + "/**").when(who, desk));
		rules.add(AccessRule.on("/api/v1/" + module + "/**").when(who, desk));
		return new AccessRules(module, rules);
	}

}
