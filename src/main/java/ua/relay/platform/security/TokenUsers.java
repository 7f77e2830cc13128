package ua.relay.platform.security;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Whose each personal API token is, kept for a second: a machine calling many times a second costs one
 * query a second, not one per call. A login closed or a token revoked here is forgotten at once; on
 * another instance its second runs out.
 */
@Component
public class TokenUsers {

	private static final long KEEP_NANOS = Duration.ofSeconds(1).toNanos();

	private static final int MAX_KEPT = 10_000;

	private record Kept(UserAccounts.StoredUser user, long until) {
	}

	private final ConcurrentHashMap<String, Kept> kept = new ConcurrentHashMap<>();

	private final UserAccounts accounts;

	TokenUsers(UserAccounts accounts) {
		this.accounts = accounts;
	}

	Optional<UserAccounts.StoredUser> user(String token) {
		long now = System.nanoTime();
		var known = kept.get(token);
		if (known != null && now - known.until() < 0) {
			return Optional.of(known.user());
		}
		var user = accounts.findByToken(ApiTokens.hash(token)).filter(UserAccounts.StoredUser::enabled);
		if (kept.size() > MAX_KEPT) {
			kept.clear();
		}
		user.ifPresentOrElse(u -> kept.put(token, new Kept(u, now + KEEP_NANOS)), () -> kept.remove(token));
		return user;
	}

	/** Forgets every token of the user (a login closed, a token revoked): the next call reads the database. */
	public void forget(UUID userId) {
		kept.values().removeIf(k -> k.user().actor().userId().equals(userId));
	}

}
