package ua.relay.platform.web;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What each log line of a request says about it: {@code request_id}, the correlation id (the proxy's
 * {@code X-Request-Id} when it sends a sane one, else a new one; returned in the answer's header so a user's
 * report can be found in the log of whichever instance served it), and {@code user}, the username once
 * signed in. With {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs} (or logstash, gelf) each line is JSON and
 * carries both as fields.
 */
@Configuration(proxyBeanMethods = false)
class RequestLogContext {

	static final String HEADER = "X-Request-Id";

	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestIdLogging() {
		return at(Ordered.HIGHEST_PRECEDENCE, new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String given = request.getHeader(HEADER);
				String id = given != null && SANE.matcher(given).matches() ? given : newId();
				response.setHeader(HEADER, id);
				try (var scope = MDC.putCloseable("request_id", id)) {
					chain.doFilter(request, response);
				}
			}

		});
	}

	/**
	 * A new correlation id: random enough to tell requests apart, and not drawn from the JDK's one
	 * {@code SecureRandom}, which every request would queue for.
	 */
	private static String newId() {
		var random = ThreadLocalRandom.current();
		return new UUID(random.nextLong(), random.nextLong()).toString();
	}

	/** After security has found who is asking. */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> userLogging() {
		return at(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1, new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				var authentication = SecurityContextHolder.getContext().getAuthentication();
				if (authentication == null || !authentication.isAuthenticated() || "anonymousUser".equals(authentication.getName())) {
					chain.doFilter(request, response);
					return;
				}
				try (var scope = MDC.putCloseable("user", authentication.getName())) {
					chain.doFilter(request, response);
				}
			}

		});
	}

	private static FilterRegistrationBean<OncePerRequestFilter> at(int order, OncePerRequestFilter filter) {
		var registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(order);
		return registration;
	}

}
