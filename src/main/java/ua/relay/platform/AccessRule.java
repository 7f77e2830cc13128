package ua.relay.platform;

import java.util.Arrays;
import java.util.Objects;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * One explicit access rule: which requests (path pattern, optionally one HTTP method) and who may
 * make them. Every module declares the rules of its own endpoints as an {@link AccessRules} bean; a
 * request that no rule names is denied, and a test fails on an endpoint without a rule.
 */
public record AccessRule(HttpMethod method, String pattern, String who,
		AuthorizationManager<RequestAuthorizationContext> manager) {

	public AccessRule {
		Objects.requireNonNull(pattern, "pattern");
		Objects.requireNonNull(manager, "manager");
	}

	public static Builder on(String pattern) {
		return new Builder(null, pattern);
	}

	public static Builder on(HttpMethod method, String pattern) {
		return new Builder(method, pattern);
	}

	public record Builder(HttpMethod method, String pattern) {

		public AccessRule permitAll() {
			return new AccessRule(method, pattern, "anyone", (auth, ctx) -> new AuthorizationDecision(true));
		}

		public AccessRule authenticated() {
			return new AccessRule(method, pattern, "any logged-in user", AuthenticatedAuthorizationManager.authenticated());
		}

		public AccessRule roles(Role... roles) {
			String[] names = Arrays.stream(roles).map(Role::name).toArray(String[]::new);
			return new AccessRule(method, pattern, String.join(", ", names),
					AuthorityAuthorizationManager.hasAnyRole(names));
		}

		public AccessRule when(String who, AuthorizationManager<RequestAuthorizationContext> manager) {
			return new AccessRule(method, pattern, who, manager);
		}

	}

	/** True where the authentication holds any of the roles; for rules that decide at request time. */
	public static boolean holdsAny(Authentication authentication, Iterable<Role> roles) {
		if (!isAuthenticated(authentication)) {
			return false;
		}
		for (Role role : roles) {
			if (authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()))) {
				return true;
			}
		}
		return false;
	}

	static boolean isAuthenticated(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
