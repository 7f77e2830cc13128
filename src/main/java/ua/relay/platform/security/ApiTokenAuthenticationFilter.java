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
 * Authenticates {@code Authorization: Bearer rly_…} with a personal API token (its user as {@link TokenUsers}
 * keeps it).
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer rly_";

	private final TokenUsers tokens;

	ApiTokenAuthenticationFilter(TokenUsers tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.startsWith(PREFIX)) {
			String token = header.substring("Bearer ".length()).strip();
			tokens.user(token)
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

}
