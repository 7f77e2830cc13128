package ua.relay.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.shared.EmailAddress;

/**
 * The first run: on a database with no company and no user, everything leads to setup, which records the
 * company and its first administrator and is then gone. Setup is guarded by a one-time code, printed in
 * the log at start or given as {@code relay.setup.code} ({@code RELAY_SETUP_CODE}), so that whoever finds
 * a fresh instance on the network first cannot make it theirs; ten wrong codes pause it for a quarter of
 * an hour, so the code cannot be guessed either.
 */
@Service
public class Setup {

	private static final Logger log = LoggerFactory.getLogger(Setup.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Letters and digits that cannot be misread for each other (no 0/O, 1/I/L). */
	private static final String CODE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private final OwnCompany company;

	private final UserManagement users;

	private final String code;

	/** Once set up, always set up: the question is not asked of the database again. */
	private volatile boolean done;

	private final AuditTrail audit;

	/** Wrong codes that pause setup for {@link #PAUSE}: enough for typing mistakes, nothing for a guessing program. */
	static final int WRONG_CODES = 10;

	static final Duration PAUSE = Duration.ofMinutes(15);

	private final Deque<Instant> wrongCodes = new ArrayDeque<>();

	private Instant pausedUntil = Instant.MIN;

	private final Clock clock;

	Setup(OwnCompany company, UserManagement users, AuditTrail audit, Clock clock,
			@Value("${relay.setup.code:}") String code) {
		this.clock = clock;
		this.audit = audit;
		this.company = company;
		this.users = users;
		this.code = code == null || code.isBlank() ? generated() : code.strip();
	}

	/** The first administrator: a login of their own, their name, e-mail and password. */
	public record Administrator(String username, String fullName, String email, String password) {
	}

	/** Whether the company still has to be set up: no company recorded and no user (a demo has users). */
	public boolean needed() {
		if (done) {
			return false;
		}
		if (company.recorded() || users.anyUserExists()) {
			done = true;
			return false;
		}
		return true;
	}

	@EventListener(ApplicationReadyEvent.class)
	void sayHowToStart() {
		if (needed()) {
			log.info("""

					  Relay is not set up yet. Open /setup and give this code (it is also the value of RELAY_SETUP_CODE
					  when that is set): {}
					""", code);
		}
	}

	/** Records the company and its first administrator, in one transaction; afterwards setup is gone. */
	@Transactional
	public void complete(String givenCode, OwnCompany.Requisites requisites, Administrator admin) {
		if (!needed()) {
			throw DomainException.notFound("setup.done", "Relay is set up already");
		}
		checkCode(givenCode);
		UserManagement.checkUsername(admin.username());
		if (admin.fullName() == null || admin.fullName().isBlank() || admin.fullName().strip().length() > 200) {
			throw DomainException.invalid("setup.fullName-required", "The administrator's name is needed");
		}
		EmailAddress email = null;
		if (admin.email() != null && !admin.email().isBlank()) {
			try {
				email = new EmailAddress(admin.email());
			}
			catch (IllegalArgumentException ex) {
				throw DomainException.invalid("setup.adminEmail-invalid", "Not an e-mail address");
			}
		}
		UserManagement.checkNewPassword(admin.username(), admin.password());
		company.record(requisites);
		var id = users.createUser(admin.username().strip(), admin.password(), admin.fullName().strip(), EnumSet.of(Role.ADMIN),
				null);
		users.setEmail(id, email);
		audit.recordAs(admin.username().strip(), "setup", requisites.displayName(), null);
		log.info("Relay is set up for {}; its administrator is {}", requisites.displayName(), admin.username().strip());
	}

	/**
	 * The code given must be the one in the log; after {@value #WRONG_CODES} wrong ones within {@link #PAUSE}
	 * setup refuses every code, the right one too, until the pause is over.
	 */
	private synchronized void checkCode(String givenCode) {
		var now = clock.instant();
		if (now.isBefore(pausedUntil)) {
			throw DomainException.conflict("setup.paused", "Too many wrong setup codes: setup is paused until " + pausedUntil,
					Duration.between(now, pausedUntil).toMinutes() + 1);
		}
		if (givenCode != null && MessageDigest.isEqual(givenCode.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8),
				code.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))) {
			return;
		}
		wrongCodes.addLast(now);
		while (!wrongCodes.isEmpty() && wrongCodes.peekFirst().isBefore(now.minus(PAUSE))) {
			wrongCodes.removeFirst();
		}
		if (wrongCodes.size() >= WRONG_CODES) {
			pausedUntil = now.plus(PAUSE);
			wrongCodes.clear();
			log.warn("Setup paused until {} after {} wrong setup codes", pausedUntil, WRONG_CODES);
		}
		throw DomainException.invalid("setup.code-wrong", "The setup code is not the one in the log");
	}

	private static String generated() {
		var code = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				code.append('-');
			}
			code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
		}
		return code.toString();
	}

}
