package ua.relay.prospecting;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import ua.relay.prospecting.domain.RetryPolicy;

/**
 * Tier 1's settings, {@code relay.prospecting.*}: how long a caller holds a prospect, when the team
 * takes over a colleague's overdue callback, the retry policy for unanswered calls, how long a booked
 * meeting lasts, and the cool-down (how long a called company rests before it is called again). The
 * rates the lead-supply plan works with are the company's settings, set in the application.
 */
@ConfigurationProperties("relay.prospecting")
record ProspectingProperties(@DefaultValue("PT15M") Duration lease, @DefaultValue("PT15M") Duration teamCallbackGrace,
		@DefaultValue("PT3H") Duration noAnswerDelay, @DefaultValue("PT20M") Duration busyDelay,
		@DefaultValue("5") int maxAttempts, @DefaultValue("PT45M") Duration meetingLength,
		@DefaultValue("P30D") Duration coolDown) {

	RetryPolicy retryPolicy() {
		return new RetryPolicy(noAnswerDelay, busyDelay, maxAttempts);
	}

}
