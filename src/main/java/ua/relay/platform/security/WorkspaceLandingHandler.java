package ua.relay.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

import ua.relay.platform.Workspaces;

/** After login every role lands on its own workspace, not on whatever page it last asked for. */
class WorkspaceLandingHandler implements AuthenticationSuccessHandler {

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		var user = (RelayUserDetails) authentication.getPrincipal();
		response.sendRedirect(request.getContextPath() + Workspaces.of(user.actor()));
	}

}
