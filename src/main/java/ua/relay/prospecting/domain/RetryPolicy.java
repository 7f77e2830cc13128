package ua.relay.prospecting.domain;

import java.time.Duration;
import java.util.Objects;

/** When an unanswered prospect is called again, and after how many calls tier 1 gives up on it. */
public record RetryPolicy(Duration noAnswerDelay, Duration busyDelay, int maxAttempts) {

	public RetryPolicy {
		Objects.requireNonNull(noAnswerDelay, "noAnswerDelay");
		Objects.requireNonNull(busyDelay, "busyDelay");
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("At least one attempt");
		}
	}

	public static RetryPolicy standard() {
		return new RetryPolicy(Duration.ofHours(3), Duration.ofMinutes(20), 5);
	}

}
