package ua.relay.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import ua.relay.platform.AuditTrail;
import ua.relay.platform.SqlTime;

/**
 * Sign-in with a password (the page's form and the API's Basic), guarded against guessing (OWASP ASVS 5.0,
 * level 2): every failure is counted by the login tried and by the address it came from; after
 * {@value #ACCOUNT_FAILURES} failures of a login, or {@value #ADDRESS_FAILURES} from an address, within
 * {@link #WINDOW}, that login or address is refused for {@link #LOCK}, even with the right password. The
 * refusal reads like any wrong password, so it says nothing of whether the login exists (a login that
 * does not exist is counted and locked the same). A success clears the login's count.
 */
@Component
class SignInGuard implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);

	static final int ACCOUNT_FAILURES = 5;

	/** Many people may sign in from one office address: only a guessing program reaches this many. */
	static final int ADDRESS_FAILURES = 50;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCK = Duration.ofMinutes(15);

	private final DaoAuthenticationProvider passwords;

	private final JdbcClient jdbc;

	private final TransactionTemplate aside;

	private final Clock clock;

	private final AuditTrail audit;

	private final UserAccounts accounts;

	SignInGuard(RelayUserDetailsService users, PasswordEncoder encoder, JdbcClient jdbc, TransactionTemplate transactions,
			Clock clock, AuditTrail audit, UserAccounts accounts) {
		this.accounts = accounts;
		this.audit = audit;
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
		this.jdbc = jdbc;
		this.aside = transactions;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String account = "login:" + String.valueOf(authentication.getName()).strip().toLowerCase(Locale.ROOT);
		String address = authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
				? "address:" + web.getRemoteAddress() : null;
		Instant now = clock.instant();
		String login = String.valueOf(authentication.getName()).strip();
		if (locked(account, now) || (address != null && locked(address, now))) {
			log.warn("Sign-in refused while locked: {} from {}", account, address);
			audit.recordAs(login, "sign-in-failed", login, "locked");
			throw new LockedException("Wrong login or password");
		}
		try {
			var signedIn = passwords.authenticate(authentication);
			secondFactor(signedIn, login, account, address, now);
			aside.executeWithoutResult(status -> jdbc.sql("delete from platform_sign_in_attempt where attempt_key = ?")
				.param(account).update());
			if (onThePage()) {
				audit.recordAs(login, "sign-in", login, null);
			}
			return signedIn;
		}
		catch (SecondFactorMissing counted) {
			throw counted;
		}
		catch (BadCredentialsException wrong) {
			failed(account, ACCOUNT_FAILURES, now);
			if (address != null) {
				failed(address, ADDRESS_FAILURES, now);
			}
			audit.recordAs(login, "sign-in-failed", login, "wrong password");
			throw new BadCredentialsException("Wrong login or password");
		}
		catch (DisabledException closed) {
			audit.recordAs(login, "sign-in-failed", login, "login closed");
			throw new BadCredentialsException("Wrong login or password");
		}
	}

	/**
	 * Where the login has a second factor, the code of this moment from the authenticator app, typed on the
	 * sign-in page beside the password, accepted once. HTTP Basic cannot carry it: such a login's programs
	 * use a personal API token, issued from a session that gave the code.
	 */
	private void secondFactor(Authentication signedIn, String login, String account, String address, Instant now) {
		if (!(signedIn.getPrincipal() instanceof RelayUserDetails user)) {
			return;
		}
		var factor = accounts.secondFactor(user.actor().userId());
		if (factor.isEmpty()) {
			return;
		}
		String code = onThePage() && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getParameter("code") : null;
		var step = Totp.verify(factor.get().secret(), code, now, factor.get().lastStep());
		if (step.isEmpty() || !accounts.useCodeStep(user.actor().userId(), step.getAsLong())) {
			failed(account, ACCOUNT_FAILURES, now);
			if (address != null) {
				failed(address, ADDRESS_FAILURES, now);
			}
			audit.recordAs(login, "sign-in-failed", login, code == null || code.isBlank() ? "no code" : "wrong code");
			throw new SecondFactorMissing();
		}
	}

	/** The password was right and the code was not: read like any wrong password, counted like one. */
	private static final class SecondFactorMissing extends BadCredentialsException {

		SecondFactorMissing() {
			super("Wrong login or password");
		}

	}

	/**
	 * Whether this is a sign-in on the page: those are recorded in the audit trail; a machine's HTTP Basic
	 * on every API call is not (its failures are).
	 */
	private static boolean onThePage() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& !attributes.getRequest().getRequestURI().startsWith(attributes.getRequest().getContextPath() + "/api/");
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private boolean locked(String key, Instant now) {
		return jdbc.sql("select locked_until from platform_sign_in_attempt where attempt_key = ?")
			.param(key)
			.query((rs, n) -> SqlTime.instant(rs, "locked_until"))
			.optional()
			.filter(until -> until != null && until.isAfter(now))
			.isPresent();
	}

	/** One more failure; the count starts again when the last was longer ago than the window. */
	private void failed(String key, int allowed, Instant now) {
		try {
			count(key, allowed, now);
		}
		catch (DataAccessException raced) {
			// another failure of the same key counted at the same moment: one of the two is enough
			log.debug("Sign-in failure of {} counted by another request", key);
		}
	}

	private void count(String key, int allowed, Instant now) {
		aside.executeWithoutResult(status -> {
			var last = jdbc.sql("select failures, last_failed_at from platform_sign_in_attempt where attempt_key = ? for update")
				.param(key)
				.query((rs, n) -> new Object[] { rs.getInt(1), SqlTime.instant(rs, "last_failed_at") })
				.optional();
			int failures = last.filter(row -> ((Instant) row[1]).isAfter(now.minus(WINDOW))).map(row -> (Integer) row[0] + 1)
				.orElse(1);
			Instant lockedUntil = failures >= allowed ? now.plus(LOCK) : null;
			if (last.isPresent()) {
				jdbc.sql("update platform_sign_in_attempt set failures = ?, last_failed_at = ?, locked_until = ? where attempt_key = ?")
					.params(failures, SqlTime.of(now), lockedUntil == null ? null : SqlTime.of(lockedUntil), key)
					.update();
			}
			else {
				jdbc.sql("insert into platform_sign_in_attempt (attempt_key, failures, last_failed_at, locked_until) values (?, ?, ?, ?)")
					.params(key, failures, SqlTime.of(now), lockedUntil == null ? null : SqlTime.of(lockedUntil))
					.update();
			}
			if (lockedUntil != null) {
				log.warn("Sign-in locked for {} until {} after {} failures", key, lockedUntil, failures);
			}
		});
	}

}
