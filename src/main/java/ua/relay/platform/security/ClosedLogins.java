package ua.relay.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a login closed while it was signed in (someone who left), or whose role changed
 * (someone moved to another tier): its next request, on whichever instance, finds it so in the database
 * and goes on as nobody's, so the sign-in page is all it reaches, and signing in again gives the new role.
 * One primary-key read per signed-in request.
 */
class ClosedLogins extends OncePerRequestFilter {

	private final UserAccounts accounts;

	ClosedLogins(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof RelayUserDetails user
				&& !accounts.stillAsSignedIn(user.actor().userId(), user.actor().roles())) {
			SecurityContextHolder.clearContext();
			var session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
		}
		chain.doFilter(request, response);
	}

}
