package ua.relay.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer rly_…} with a personal API token. A token's user is kept
 * for a minute, so a machine calling many times a second costs no query per call; a disabled user or a
 * revoked token is refused within that minute.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer rly_";

	private static final long KEEP_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);

	private static final int MAX_KEPT = 10_000;

	private final UserAccounts accounts;

	private record Kept(UserAccounts.StoredUser user, long until) {
	}

	private final java.util.concurrent.ConcurrentHashMap<String, Kept> kept = new java.util.concurrent.ConcurrentHashMap<>();

	ApiTokenAuthenticationFilter(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.startsWith(PREFIX)) {
			String token = header.substring("Bearer ".length()).strip();
			user(token)
				.ifPresent(user -> {
					var details = new RelayUserDetails(user.actor(), user.passwordHash(), true);
					var authentication = UsernamePasswordAuthenticationToken.authenticated(details, null,
							details.getAuthorities());
					var context = SecurityContextHolder.createEmptyContext();
					context.setAuthentication(authentication);
					SecurityContextHolder.setContext(context);
				});
		}
		chain.doFilter(request, response);
	}

	private java.util.Optional<UserAccounts.StoredUser> user(String token) {
		long now = System.nanoTime();
		var known = kept.get(token);
		if (known != null && now - known.until() < 0) {
			return java.util.Optional.of(known.user());
		}
		var user = accounts.findByToken(ApiTokens.hash(token)).filter(UserAccounts.StoredUser::enabled);
		if (kept.size() > MAX_KEPT) {
			kept.clear();
		}
		user.ifPresentOrElse(u -> kept.put(token, new Kept(u, now + KEEP_NANOS)), () -> kept.remove(token));
		return user;
	}

}
