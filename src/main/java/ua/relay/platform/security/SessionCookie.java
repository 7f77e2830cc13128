package ua.relay.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie, the same whichever instance writes it (sessions live in the database): never
 * readable by scripts, never sent along by another site's form or request, secure whenever the request
 * came over TLS (at the proxy, with forwarded headers), and keeping the name it had before sessions moved
 * to the database.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookie {

	@Bean
	CookieSerializer sessionCookieSerializer() {
		var cookie = new DefaultCookieSerializer();
		cookie.setCookieName("JSESSIONID");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		return cookie;
	}

}
