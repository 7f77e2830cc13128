package ua.relay.platform.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Ukrainian first, English on request ({@code ?lang=en}), remembered in a cookie. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final AccountController.FirstPasswordGate firstPassword;

	private final DownloadsAudit downloads;

	WebConfiguration(AccountController.FirstPasswordGate firstPassword, DownloadsAudit downloads) {
		this.firstPassword = firstPassword;
		this.downloads = downloads;
	}

	static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("relay-lang");
		resolver.setDefaultLocale(UKRAINIAN);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatter(TypedNumbers.money());
		registry.addFormatter(TypedNumbers.decimal());
		registry.addFormatter(TypedDates.day());
		registry.addFormatter(TypedDates.dayTime());
		registry.addFormatter(TypedDates.time());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		registry.addInterceptor(interceptor);
		// pages only: the API's callers are programs with tokens; the password page and leaving stay open
		registry.addInterceptor(firstPassword).excludePathPatterns("/api/**", AccountController.PASSWORD_PAGE, "/logout",
				"/login", "/error", "/setup", "/css/**", "/js/**", "/webjars/**", "/favicon.ico");
		registry.addInterceptor(downloads).excludePathPatterns("/css/**", "/js/**", "/webjars/**");
	}

}
