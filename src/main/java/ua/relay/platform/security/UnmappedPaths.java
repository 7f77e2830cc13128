package ua.relay.platform.security;

import java.util.EnumSet;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import ua.relay.platform.AccessRule;
import ua.relay.platform.Role;

/**
 * The last rule, for requests no module's rule names. An endpoint without a rule stays closed; but an
 * address that no controller answers at all (a mistyped link) is let through for a logged-in user, so
 * they read "not found" rather than "you may not see this".
 */
final class UnmappedPaths implements AuthorizationManager<RequestAuthorizationContext> {

	private final Supplier<RequestMappingHandlerMapping> controllers;

	UnmappedPaths(Supplier<RequestMappingHandlerMapping> controllers) {
		this.controllers = controllers;
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		return new AuthorizationDecision(AccessRule.holdsAny(authentication.get(), EnumSet.allOf(Role.class))
				&& !answered(context.getRequest()));
	}

	private boolean answered(HttpServletRequest request) {
		boolean parsedHere = !ServletRequestPathUtils.hasParsedRequestPath(request);
		if (parsedHere) {
			ServletRequestPathUtils.parseAndCache(request);
		}
		try {
			return controllers.get().getHandlerMethods().keySet().stream()
				.anyMatch(info -> info.getPathPatternsCondition() != null
						&& info.getPathPatternsCondition().getMatchingCondition(request) != null);
		}
		finally {
			if (parsedHere) {
				ServletRequestPathUtils.clearParsedRequestPath(request);
			}
		}
	}

}
