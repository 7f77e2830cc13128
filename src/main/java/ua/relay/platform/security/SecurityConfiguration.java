package ua.relay.platform.security;

import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import ua.relay.platform.AccessRule;
import ua.relay.platform.AccessRules;
import ua.relay.platform.Role;

/**
 * Two filter chains over one set of rules: the JSON API is stateless (HTTP Basic or a personal
 * token, no session, no CSRF); the pages use a form login with a session and CSRF. Both apply the
 * {@link AccessRules} the modules declare, and deny whatever no rule names ({@link UnmappedPaths}). Health
 * and its probes, and the metrics Prometheus scrapes, have chains of their own before both.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * No observation of each security filter, authentication and authorization: wrapping every filter of
	 * every request in one was an eighth of an API request's processor time (bench/README.md). Requests are
	 * still observed whole ({@code http.server.requests}), and sign-in failures counted.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Health and its probes, asked every few seconds by balancers and monitors: open, without details, and
	 * never a session, a CSRF token or a saved request (the page chain sent the probes to the sign-in page,
	 * leaving a session behind at each).
	 */
	@Bean
	@Order(0)
	SecurityFilterChain healthChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/actuator/health", "/actuator/health/**")
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll());
		return http.build();
	}

	/**
	 * The metrics Prometheus scrapes ({@code /actuator/prometheus}): an administrator's personal API token
	 * ({@code Authorization: Bearer rly_…}) or password, never a session; anybody else is refused (401
	 * without credentials, 403 for another role).
	 */
	@Bean
	@Order(0)
	SecurityFilterChain metricsChain(HttpSecurity http, TokenUsers tokens) throws Exception {
		stateless(http.securityMatcher("/actuator/prometheus"), tokens).requestCache(cache -> cache.disable())
			.authorizeHttpRequests(authorize -> authorize.anyRequest().hasAuthority(Role.ADMIN.authority()));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ObjectProvider<AccessRules> rules, TokenUsers tokens,
			UnmappedPaths unmapped) throws Exception {
		stateless(http.securityMatcher("/api/**"), tokens)
			.authorizeHttpRequests(authorize -> apply(authorize, rules.orderedStream().toList(), unmapped));
		return http.build();
	}

	/**
	 * A chain for programs rather than people: a personal API token or HTTP Basic on each request, no session,
	 * no CSRF, and refusals as problem answers (401 without credentials, 403 for a rule that says no).
	 */
	private static HttpSecurity stateless(HttpSecurity http, TokenUsers tokens) throws Exception {
		return http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized()))
			.exceptionHandling(ex -> ex.authenticationEntryPoint(ProblemResponses.unauthorized())
				.accessDeniedHandler(ProblemResponses.forbidden()))
			.addFilterBefore(new ApiTokenAuthenticationFilter(tokens), BasicAuthenticationFilter.class);
	}

	@Bean
	UnmappedPaths unmappedPaths(
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> controllers) {
		return new UnmappedPaths(controllers::getObject);
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, ObjectProvider<AccessRules> rules, UnmappedPaths unmapped,
			UserAccounts accounts) throws Exception {
		http.addFilterAfter(new ClosedLogins(accounts), SecurityContextHolderFilter.class)
			.formLogin(form -> form.loginPage("/login").successHandler(new WorkspaceLandingHandler()).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")))
			.authorizeHttpRequests(authorize -> apply(authorize, rules.orderedStream().toList(), unmapped));
		return http.build();
	}

	private static void apply(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize,
			List<AccessRules> modules, UnmappedPaths unmapped) {
		// the second dispatch of a stream (the screen pop's events) only finishes a request authorised when it
		// began: its session may be gone by then (signed out, stopped at shutdown), and its answer sent already
		authorize.requestMatchers(SecurityConfiguration::asyncDispatch).permitAll();
		for (AccessRules module : modules) {
			for (AccessRule rule : module.rules()) {
				var matcher = rule.method() == null ? authorize.requestMatchers(rule.pattern())
						: authorize.requestMatchers(rule.method(), rule.pattern());
				matcher.access(rule.manager());
			}
		}
		authorize.anyRequest().access(unmapped);
	}

	/**
	 * Whether the request is a stream's second dispatch. The menu asks the same rules about a path with a
	 * stand-in request that has no dispatcher type: that is a page being opened, not an async dispatch.
	 */
	private static boolean asyncDispatch(HttpServletRequest request) {
		try {
			return request.getDispatcherType() == DispatcherType.ASYNC;
		}
		catch (UnsupportedOperationException standIn) {
			return false;
		}
	}

}
