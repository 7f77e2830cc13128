package ua.relay.routing;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Relay talks to the PBX, {@code relay.telephony.*}. {@code answerWithin}: the longest a routing answer
 * may take before the PBX gets {@code fallback} instead (PBXes give up after a few seconds and then play
 * their own default); {@code accountManagersQueue} and {@code closersQueue}: where a call to a whole tier
 * rings (a ring group or queue number); each adapter is off until it is given a way to authenticate its
 * caller. {@code clickToCall}: which PBX places the calls employees start from the pages.
 */
@ConfigurationProperties("relay.telephony")
public record Telephony(@DefaultValue("2500ms") Duration answerWithin, @DefaultValue("600") String fallback,
		@DefaultValue("500") String accountManagersQueue, @DefaultValue("600") String closersQueue,
		@DefaultValue Adapter binotel, @DefaultValue Adapter zadarma, @DefaultValue Adapter asterisk,
		@DefaultValue Agi agi, @DefaultValue ClickToCall clickToCall) {

	public Telephony {
		if (answerWithin.isNegative() || answerWithin.isZero() || answerWithin.compareTo(Duration.ofSeconds(30)) > 0) {
			throw new IllegalArgumentException("relay.telephony.answer-within is between 1 ms and 30 s, not " + answerWithin);
		}
	}

	/**
	 * How an adapter's caller proves who it is; every check that is set must pass, and an adapter with none
	 * set is off. {@code token}: sent as the {@code X-Relay-Token} header or a {@code token} parameter;
	 * {@code allowedAddresses}: addresses or CIDR ranges the PBX calls from; {@code secret}: the key its
	 * signature is made with (Zadarma).
	 */
	public record Adapter(String token, @DefaultValue List<String> allowedAddresses, String secret) {

		public Adapter {
			allowedAddresses = allowedAddresses == null ? List.of()
					: allowedAddresses.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
			token = blankToNull(token);
			secret = blankToNull(secret);
		}

		public boolean enabled() {
			return token != null || secret != null || !allowedAddresses.isEmpty();
		}

	}

	/**
	 * The FastAGI server for Asterisk's dialplan ({@code AGI(agi://relay:4573/route)}): off while {@code port} is
	 * -1, 0 takes any free port; it listens on {@code bind}. Callers are checked as the asterisk adapter says.
	 */
	public record Agi(@DefaultValue("-1") int port, @DefaultValue("127.0.0.1") String bind, @DefaultValue("16") int threads) {
	}

	/**
	 * Click-to-call: {@code adapter} is none (pages show tel: links), webhook, binotel, zadarma or asterisk (ARI);
	 * {@code url} the PBX's API, {@code key} and {@code secret} its credentials (ARI: user and password).
	 */
	public record ClickToCall(@DefaultValue("none") String adapter, String url, String key, String secret,
			@DefaultValue("from-internal") String context) {

		public boolean enabled() {
			return !"none".equals(adapter);
		}

	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
