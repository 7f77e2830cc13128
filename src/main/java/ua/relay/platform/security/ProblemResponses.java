package ua.relay.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** The API's 401 and 403, written as problem details like every other API error. */
final class ProblemResponses {

	private ProblemResponses() {
	}

	static AuthenticationEntryPoint unauthorized() {
		return (request, response, ex) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Relay\", Bearer");
			write(response, HttpStatus.UNAUTHORIZED, "auth.required", "Authenticate with HTTP Basic or a personal API token");
		};
	}

	static AccessDeniedHandler forbidden() {
		return (request, response, ex) -> write(response, HttpStatus.FORBIDDEN, "access.denied",
				"Your role may not use " + request.getRequestURI());
	}

	private static void write(HttpServletResponse response, HttpStatus status, String code, String detail)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("""
				{"type":"urn:relay:problem:%s","title":"%s","status":%d,"detail":"%s","code":"%s"}"""
			.formatted(code, status.getReasonPhrase(), status.value(), detail.replace("\"", "'"), code));
	}

}
