package ua.relay.platform;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's messages, with plural forms by ICU's rules ({@link PluralMessages}). */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	MessageSource messageSource() {
		return new PluralMessages();
	}

}
