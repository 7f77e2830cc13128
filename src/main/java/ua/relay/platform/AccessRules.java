package ua.relay.platform;

import java.util.List;

/** The access rules one module declares for its endpoints, applied in order. */
public record AccessRules(String module, List<AccessRule> rules) {

	public AccessRules {
		rules = List.copyOf(rules);
	}

	public static AccessRules of(String module, AccessRule... rules) {
		return new AccessRules(module, List.of(rules));
	}

}
