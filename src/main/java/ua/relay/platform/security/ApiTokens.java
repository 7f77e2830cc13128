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

	/** One of a user's tokens as its page lists it: {@code id} is the token's hash (the token itself is never kept). */
	public record Listed(String id, String name, Instant createdAt) {
	}

	public java.util.List<Listed> of(UUID userId) {
		return jdbc.sql("select token_hash, name, created_at from platform_api_token where user_id = ? order by created_at desc")
			.param(userId)
			.query((rs, n) -> new Listed(rs.getString(1), rs.getString(2), SqlTime.instant(rs, "created_at")))
			.list();
	}

	/** Revokes one of the user's tokens; false if they have no such token. */
	public boolean delete(UUID userId, String tokenHash) {
		return jdbc.sql("delete from platform_api_token where user_id = ? and token_hash = ?").params(userId, tokenHash)
			.update() == 1;
	}

	public void insert(String tokenHash, UUID userId, String name, Instant createdAt) {
		jdbc.sql("insert into platform_api_token (token_hash, user_id, name, created_at) values (?, ?, ?, ?)")
			.params(tokenHash, userId, name, SqlTime.of(createdAt))
			.update();
	}


}
