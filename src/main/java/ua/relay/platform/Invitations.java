package ua.relay.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Invitations by e-mail that start a new colleague's login: a link with a secret (only its hash is kept),
 * valid once and for {@code relay.invitation.valid-for} (72 hours), sent over SMTP ({@code spring.mail.*}).
 * The link leads to a page where the colleague chooses their password; until then nobody knows one. It
 * leaves through {@link OutgoingMail}, as documents to clients do.
 * Sending happens in the hire's transaction: an invitation that did not leave makes no hire.
 */
@Service
class Invitations {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private final JdbcClient jdbc;

	private final OutgoingMail mail;

	private final Clock clock;

	private final Duration validFor;

	private final String baseUrl;

	Invitations(JdbcClient jdbc, OutgoingMail mail, Clock clock,
			@Value("${relay.invitation.valid-for:72h}") Duration validFor,
			@Value("${relay.base-url:}") String baseUrl) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.clock = clock;
		this.validFor = validFor;
		this.baseUrl = baseUrl;
	}

	/** Whether invitations can be sent at all: an SMTP server is configured. */
	boolean canSend() {
		return mail.available();
	}

	/** Sends a new invitation to the login (an earlier one stops working); returns when it expires. */
	Instant send(UUID userId, String username, String displayName, String email) {
		if (!mail.available()) {
			throw DomainException.conflict("invitation.no-smtp", "No SMTP server is configured (spring.mail.host)");
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		var now = clock.instant();
		var expires = now.plus(validFor);
		jdbc.sql("update platform_invitation set expires_at = ? where user_id = ? and used_at is null and expires_at > ?")
			.params(SqlTime.of(now), userId, SqlTime.of(now))
			.update();
		jdbc.sql("""
				insert into platform_invitation (token_hash, user_id, sent_to, created_at, expires_at)
				values (?, ?, ?, ?, ?)
				""")
			.params(hash(token), userId, email, SqlTime.of(now), SqlTime.of(expires))
			.update();
		String link = link(token);
		String until = UNTIL.format(expires.atZone(clock.getZone()));
		try {
			mail.send(email, "Запрошення до Relay · Invitation to Relay", """
					Доброго дня, %s!

					Для вас створено вхід до Relay: %s.
					Щоб почати, відкрийте посилання і виберіть свій пароль (посилання діє до %s, за Києвом, і лише раз):

					%s

					---
					You have a login to Relay: %s. Open the link to choose your password (valid until %s, Kyiv time, once).
					""".formatted(displayName, username, until, link, username, until), null);
		}
		catch (DomainException ex) {
			// said as what it is here: an invitation that did not leave, so nobody is hired
			throw DomainException.conflict("invitation.not-sent", "The invitation could not be sent: " + ex.getMessage(),
					email);
		}
		return expires;
	}

	/** The login an invitation opens, while it is valid. */
	Optional<UUID> validFor(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("select user_id from platform_invitation where token_hash = ? and used_at is null and expires_at > ?")
			.params(hash(token), SqlTime.of(clock.instant()))
			.query(UUID.class)
			.optional();
	}

	/** Uses the invitation up, once: returns its login, or nothing when it was not (or no longer) valid. */
	Optional<UUID> use(String token) {
		var user = validFor(token);
		if (user.isEmpty()) {
			return user;
		}
		int used = jdbc.sql("update platform_invitation set used_at = ? where token_hash = ? and used_at is null")
			.params(SqlTime.of(clock.instant()), hash(token))
			.update();
		return used == 1 ? user : Optional.empty();
	}

	/** The link to the page the invitation opens: on {@code relay.base-url}, else where the inviting request came to. */
	private String link(String token) {
		if (baseUrl.isBlank() && RequestContextHolder.getRequestAttributes() == null) {
			throw DomainException.conflict("invitation.no-base-url", "relay.base-url is needed to invite outside a request");
		}
		String base = baseUrl.isBlank() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
				: baseUrl.replaceAll("/+$", "");
		return base + "/invitation/" + token;
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
