package ua.relay.platform.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Failed sign-ins (a wrong password, a wrong code, a locked login, a bad token) as {@code relay_sign_in_failures_total}. */
@Component
class SignInFailures {

	private final Counter failures;

	SignInFailures(MeterRegistry metrics) {
		this.failures = Counter.builder("relay.sign-in.failures").description("Sign-ins refused").register(metrics);
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent failure) {
		failures.increment();
	}

}
