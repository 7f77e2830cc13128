package ua.relay.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import ua.relay.platform.Setup;

/**
 * Until Relay is set up, every page leads to {@code /setup} and the API answers 503 with the problem
 * {@code setup.required}; setup itself, the stylesheets and scripts, health and the API's description
 * stay open. Runs before security: there is nobody to sign in yet.
 */
@Configuration(proxyBeanMethods = false)
class SetupGate {

	/** Before Spring Security's filters (at -100). */
	private static final int ORDER = -200;

	private static final String[] OPEN = { "/setup", "/api/v1/setup", "/css/", "/js/", "/webjars/", "/favicon.ico",
			"/actuator/", "/error", "/v3/api-docs", "/swagger-ui" };

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> setupGateFilter(Setup setup) {
		var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				if (open(path) || !setup.needed()) {
					chain.doFilter(request, response);
				}
				else if (path.startsWith("/api/")) {
					response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
					response.setContentType("application/problem+json");
					response.getWriter().write("""
							{"type":"urn:relay:problem:setup.required","title":"Service Unavailable","status":503,\
							"detail":"Relay is not set up yet: POST /api/v1/setup with the code from the log","code":"setup.required"}""");
				}
				else {
					response.sendRedirect(request.getContextPath() + "/setup");
				}
			}

		});
		registration.setOrder(ORDER);
		registration.addUrlPatterns("/*");
		return registration;
	}

	private static boolean open(String path) {
		for (String prefix : OPEN) {
			if (path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/")
					|| (prefix.endsWith("/") && path.startsWith(prefix))) {
				return true;
			}
		}
		return false;
	}

}
