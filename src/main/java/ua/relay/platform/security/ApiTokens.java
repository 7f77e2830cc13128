package ua.relay.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.platform.SqlTime;

/** Personal API tokens, kept as SHA-256 hashes: a leaked table gives nobody a token. */
@Repository
public class ApiTokens {

	private final JdbcClient jdbc;

	ApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	public void insert(String tokenHash, UUID userId, String name, Instant createdAt) {
		jdbc.sql("insert into platform_api_token (token_hash, user_id, name, created_at) values (?, ?, ?, ?)")
			.params(tokenHash, userId, name, SqlTime.of(createdAt))
			.update();
	}


}
