package ua.relay.platform.web;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;

/**
 * Whether the reader may open a page, by the same access rules the endpoints apply ({@code @links} in
 * templates): the menu shows only what its reader may open, and a page links only to what they can
 * follow (a caller's statement names the lead tier 2 accepted without linking to tier 2's page).
 */
@Component("links")
class Links {

	private final WebInvocationPrivilegeEvaluator rules;

	Links(WebInvocationPrivilegeEvaluator rules) {
		this.rules = rules;
	}

	public boolean opens(String path) {
		return path != null && rules.isAllowed(path, SecurityContextHolder.getContext().getAuthentication());
	}

}
