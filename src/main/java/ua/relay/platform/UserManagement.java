package ua.relay.platform;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.platform.security.ApiTokens;
import ua.relay.platform.security.TokenUsers;
import ua.relay.platform.security.Totp;
import ua.relay.platform.security.UserAccounts;
import ua.relay.shared.EmailAddress;

/** Creates users and their personal API tokens. */
@Service
public class UserManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Users known to have chosen their password (see {@link #mustChangePassword}). */
	private final Set<UUID> chosen = ConcurrentHashMap.newKeySet();

	public static final int MIN_PASSWORD = 12;

	private final UserAccounts accounts;

	private final ApiTokens tokens;

	private final TokenUsers tokenUsers;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final AuditTrail audit;

	private final Invitations invitations;

	UserManagement(UserAccounts accounts, ApiTokens tokens, TokenUsers tokenUsers, PasswordEncoder passwordEncoder,
			Clock clock, AuditTrail audit, Invitations invitations) {
		this.invitations = invitations;
		this.audit = audit;
		this.accounts = accounts;
		this.tokenUsers = tokenUsers;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@Transactional
	public UUID createUser(String username, String rawPassword, String displayName, Set<Role> roles, UUID employeeId) {
		if (accounts.exists(username)) {
			throw DomainException.conflict("user.username-taken", "User " + username + " exists already");
		}
		UUID id = UUID.randomUUID();
		accounts.insert(id, username, passwordEncoder.encode(rawPassword), displayName, roles, employeeId, clock.instant());
		audit.record("user-created", username, roles.stream().map(Role::name).sorted().collect(java.util.stream.Collectors.joining(", ")));
		return id;
	}

	/**
	 * A login for a new colleague with a one-time password, returned this once to be handed over; the first
	 * page they open asks them for a password of their own.
	 */
	@Transactional
	public OneTimeLogin createUserWithOneTimePassword(String username, String displayName, Set<Role> roles, UUID employeeId) {
		checkUsername(username);
		String password = oneTimePassword();
		UUID id = createUser(username.strip(), password, displayName, roles, employeeId);
		accounts.requirePasswordChange(id);
		return new OneTimeLogin(id, username.strip(), password);
	}

	/** A login made for someone, and the password they use once. */
	public record OneTimeLogin(UUID userId, String username, String oneTimePassword) {
	}

	/** A login started by an invitation sent to {@code sentTo}, which works until {@code expires}. */
	public record InvitedLogin(UUID userId, String username, String sentTo, Instant expires) {
	}

	/** Whether a new colleague can be invited by e-mail: an SMTP server is configured. */
	public boolean canInvite() {
		return invitations.canSend();
	}

	/**
	 * A login for a new colleague, started by an invitation to {@code email}: nobody knows its password
	 * until they choose theirs from the link. An invitation that cannot be sent refuses the whole step.
	 */
	@Transactional
	public InvitedLogin createUserWithInvitation(String username, String displayName, Set<Role> roles, UUID employeeId,
			EmailAddress email) {
		checkUsername(username);
		UUID id = createUser(username.strip(), oneTimePassword(), displayName, roles, employeeId);
		accounts.requirePasswordChange(id);
		accounts.setEmail(id, email.value());
		var expires = invitations.send(id, username.strip(), displayName, email.value());
		audit.record("invitation-sent", username.strip(), email.value());
		return new InvitedLogin(id, username.strip(), email.value(), expires);
	}

	/** A new invitation for an employee's login that has not started yet (or a forgotten password); the old link stops. */
	@Transactional
	public InvitedLogin reinvite(UUID employeeId, EmailAddress email) {
		UUID id = accounts.findIdByEmployee(employeeId)
			.orElseThrow(() -> DomainException.notFound("user.no-login", "Employee " + employeeId + " has no login"));
		String username = accounts.username(id).orElseThrow();
		accounts.resetPassword(id, passwordEncoder.encode(oneTimePassword()));
		chosen.remove(id);
		var expires = invitations.send(id, username, username, email.value());
		audit.record("invitation-sent", username, email.value());
		return new InvitedLogin(id, username, email.value(), expires);
	}

	/** The login an invitation link opens, while the link is valid. */
	public Optional<String> invitedLogin(String token) {
		return invitations.validFor(token).flatMap(accounts::username);
	}

	/** The invited colleague chooses their password; the link is used up. Returns the login. */
	@Transactional
	public String acceptInvitation(String token, String password, String again) {
		var user = invitations.validFor(token)
			.orElseThrow(() -> DomainException.notFound("invitation.invalid", "The invitation is used, replaced or expired"));
		String username = accounts.username(user).orElseThrow();
		if (password == null || !password.equals(again)) {
			throw DomainException.invalid("password.passwordAgain-differs", "The two passwords differ");
		}
		checkNewPassword(username, password);
		invitations.use(token)
			.orElseThrow(() -> DomainException.notFound("invitation.invalid", "The invitation is used, replaced or expired"));
		accounts.setPassword(user, passwordEncoder.encode(password));
		chosen.add(user);
		audit.recordAs(username, "invitation-accepted", username, null);
		return username;
	}

	/**
	 * A new one-time password for an employee's login, returned this once; the old one stops working and
	 * the next sign-in asks for a password of their own.
	 */
	@Transactional
	public OneTimeLogin resetPassword(UUID employeeId) {
		UUID id = accounts.findIdByEmployee(employeeId)
			.orElseThrow(() -> DomainException.notFound("user.no-login", "Employee " + employeeId + " has no login"));
		String password = oneTimePassword();
		accounts.resetPassword(id, passwordEncoder.encode(password));
		boolean hadFactor = accounts.secondFactor(id).isPresent();
		accounts.setSecondFactor(id, null, 0); // a lost phone is the other reason to ask for a new password
		chosen.remove(id);
		audit.record("password-reset", accounts.username(id).orElseThrow(), hadFactor ? "second factor off" : null);
		return new OneTimeLogin(id, accounts.username(id).orElseThrow(), password);
	}

	/**
	 * Closes an employee's login, if they have one, at once: the next request of any session or API token
	 * of it is refused. Returns the login closed.
	 */
	@Transactional
	public Optional<String> closeLogin(UUID employeeId) {
		var id = accounts.findIdByEmployee(employeeId);
		id.ifPresent(user -> {
			accounts.close(user);
			tokenUsers.forget(user);
		});
		return id.flatMap(accounts::username);
	}

	/**
	 * The employee's login, if they have one, works in {@code role} from now: its open sessions end at their
	 * next request and its API tokens act in the new role. Returns the login.
	 */
	@Transactional
	public Optional<String> changeRole(UUID employeeId, Role role) {
		var id = accounts.findIdByEmployee(employeeId);
		id.ifPresent(user -> {
			accounts.setRoles(user, java.util.EnumSet.of(role));
			tokenUsers.forget(user);
		});
		return id.flatMap(accounts::username);
	}

	/** Whether the actor may protect their sign-in with a second factor: the head and the administrator. */
	public static boolean mayUseSecondFactor(Actor actor) {
		return actor.seesEverything();
	}

	public boolean hasSecondFactor(Actor actor) {
		return accounts.secondFactor(actor.userId()).isPresent();
	}

	/**
	 * Turns on the second factor with {@code secret}, shown to the actor to put into their authenticator app,
	 * once a code of it proves the app has it. From the next sign-in on, the page asks for the code too.
	 */
	@Transactional
	public void enableSecondFactor(Actor actor, String secret, String code) {
		if (!mayUseSecondFactor(actor)) {
			throw DomainException.forbidden("totp.not-for-role", "A second factor is for the head and the administrator");
		}
		var step = secret == null ? java.util.OptionalLong.empty() : Totp.verify(secret, code, clock.instant(), -1);
		if (step.isEmpty()) {
			throw DomainException.invalid("totp.code-wrong", "The code does not match: check the phone's time and try the next");
		}
		accounts.setSecondFactor(actor.userId(), secret, step.getAsLong());
		audit.record(actor, "second-factor", actor.username(), "on");
	}

	/** Turns the second factor off, with a code of it (someone at an open session without the phone cannot). */
	@Transactional
	public void disableSecondFactor(Actor actor, String code) {
		var factor = accounts.secondFactor(actor.userId());
		if (factor.isEmpty()) {
			return;
		}
		var step = Totp.verify(factor.get().secret(), code, clock.instant(), factor.get().lastStep());
		if (step.isEmpty() || !accounts.useCodeStep(actor.userId(), step.getAsLong())) {
			throw DomainException.invalid("totp.code-wrong", "The code does not match: check the phone's time and try the next");
		}
		accounts.setSecondFactor(actor.userId(), null, 0);
		audit.record(actor, "second-factor", actor.username(), "off");
	}

	/**
	 * Whether the user still has a one-time password. Who has chosen theirs is remembered by this process
	 * (the question is asked on every page) until their password is reset here.
	 */
	public boolean mustChangePassword(UUID userId) {
		if (chosen.contains(userId)) {
			return false;
		}
		boolean must = accounts.mustChangePassword(userId);
		if (!must) {
			chosen.add(userId);
		}
		return must;
	}

	/** The user's own new password, given their current one; at least {@value #MIN_PASSWORD} characters. */
	@Transactional
	public void changePassword(Actor actor, String current, String password, String again) {
		var hash = accounts.passwordHash(actor.userId())
			.orElseThrow(() -> DomainException.notFound("user.not-found", "No user " + actor.username()));
		if (current == null || !passwordEncoder.matches(current, hash)) {
			throw DomainException.invalid("password.current-wrong", "The current password is not right");
		}
		if (password == null || !password.equals(again)) {
			throw DomainException.invalid("password.passwordAgain-differs", "The two passwords differ");
		}
		checkNewPassword(actor.username(), password);
		if (passwordEncoder.matches(password, hash)) {
			throw DomainException.invalid("password.password-same", "The new password is the old one");
		}
		accounts.setPassword(actor.userId(), passwordEncoder.encode(password));
		audit.record(actor, "password-changed", actor.username(), null);
	}

	/**
	 * A password of at least {@value #MIN_PASSWORD} characters that does not hold the login and is none of
	 * the ones guessed first ({@link CommonPasswords}).
	 */
	public static void checkNewPassword(String username, String password) {
		if (password == null || password.length() < MIN_PASSWORD) {
			throw DomainException.invalid("password.password-short",
					"A password has at least " + MIN_PASSWORD + " characters", MIN_PASSWORD);
		}
		if (username != null && !username.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
			throw DomainException.invalid("password.password-has-login", "The password must not contain the login");
		}
		if (CommonPasswords.guessable(password)) {
			throw DomainException.invalid("password.password-common", "A password people choose most is guessed first");
		}
	}

	/** 2 to 64 Latin letters, digits, '.', '_' or '-'. */
	public static void checkUsername(String username) {
		if (username == null || !username.strip().matches("[a-zA-Z0-9._-]{2,64}")) {
			throw DomainException.invalid("user.username-invalid", "A login is 2 to 64 Latin letters, digits, '.', '_' or '-'");
		}
	}

	/** Sixteen letters and digits that cannot be misread, in groups of four: about 79 bits. */
	private static String oneTimePassword() {
		String letters = "abcdefghjkmnpqrstuvwxyz23456789";
		var password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(letters.charAt(RANDOM.nextInt(letters.length())));
		}
		return password.toString();
	}

	/** The login's own e-mail (the administrator's, who is no employee). */
	@Transactional
	public void setEmail(UUID userId, EmailAddress email) {
		accounts.setEmail(userId, email == null ? null : email.value());
	}

	public Optional<String> email(UUID userId) {
		return accounts.email(userId);
	}

	public boolean anyUserExists() {
		return accounts.count() > 0;
	}

	/** The user's personal API tokens, the newest first. */
	public java.util.List<ApiTokens.Listed> tokens(Actor actor) {
		return tokens.of(actor.userId());
	}

	/** Revokes one of the user's own tokens at once; its next call is refused. */
	@Transactional
	public void revokeToken(Actor actor, String id) {
		var name = tokens.of(actor.userId()).stream().filter(t -> t.id().equals(id)).map(ApiTokens.Listed::name).findFirst();
		if (name.isEmpty() || !tokens.delete(actor.userId(), id)) {
			throw DomainException.notFound("token.not-found", "No such token of yours");
		}
		tokenUsers.forget(actor.userId());
		audit.record(actor, "token-revoked", actor.username(), name.get());
	}

	/** Issues a personal API token; only its hash is kept, so the caller sees the token this once. */
	@Transactional
	public String issueApiToken(Actor actor, String name) {
		if (name == null || name.isBlank() || name.strip().length() > 100) {
			throw DomainException.invalid("token.name-required", "Name the token (up to 100 characters): where is it used?");
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = "rly_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		tokens.insert(ApiTokens.hash(token), actor.userId(), name, clock.instant());
		audit.record(actor, "token-issued", actor.username(), name);
		return token;
	}

}
