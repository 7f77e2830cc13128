package ua.relay.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import ua.relay.IntegrationTest;

/** Every endpoint that exists is named by an explicit access rule; none falls through to "deny all". */
@IntegrationTest
class AccessRulesIT {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	List<AccessRules> rules;

	@Test
	void everyEndpointHasAnExplicitRule() {
		var endpoints = new ArrayList<String>();
		var withoutRule = new ArrayList<String>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					String endpoint = method + " " + pattern;
					endpoints.add(endpoint);
					if (!covered(method.asHttpMethod(), pattern)) {
						withoutRule.add(endpoint + " (" + handler + ")");
					}
				}
			}
		});
		assertThat(endpoints).as("endpoints found").hasSizeGreaterThan(15);
		assertThat(withoutRule).as("endpoints without an access rule").isEmpty();
	}

	private boolean covered(HttpMethod method, String pattern) {
		var request = new MockHttpServletRequest(method.name(), pattern.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000001"));
		return rules.stream().flatMap(r -> r.rules().stream()).anyMatch(rule -> {
			var matcher = rule.method() == null ? PathPatternRequestMatcher.withDefaults().matcher(rule.pattern())
					: PathPatternRequestMatcher.withDefaults().matcher(rule.method(), rule.pattern());
			return matcher.matches(request);
		});
	}

}
