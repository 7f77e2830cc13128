package ua.relay.platform;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.platform.security.ApiTokens;
import ua.relay.platform.security.UserAccounts;

/** Creates users and their personal API tokens. */
@Service
public class UserManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserAccounts accounts;

	private final ApiTokens tokens;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	UserManagement(UserAccounts accounts, ApiTokens tokens, PasswordEncoder passwordEncoder, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@Transactional
	public UUID createUser(String username, String rawPassword, String displayName, Set<Role> roles, UUID employeeId) {
		if (accounts.exists(username)) {
			throw DomainException.conflict("user.exists", "User " + username + " exists already");
		}
		UUID id = UUID.randomUUID();
		accounts.insert(id, username, passwordEncoder.encode(rawPassword), displayName, roles, employeeId, clock.instant());
		return id;
	}

	public boolean anyUserExists() {
		return accounts.count() > 0;
	}

	/** Issues a personal API token; only its hash is kept, so the caller sees the token this once. */
	@Transactional
	public String issueApiToken(Actor actor, String name) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = "rly_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		tokens.insert(ApiTokens.hash(token), actor.userId(), name, clock.instant());
		return token;
	}

}
