package ua.relay.platform.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA1, six digits, a step
 * of 30 seconds, the step before and after accepted for a phone's clock that is a little off. The secret
 * travels in Base32 (RFC 4648), as the apps take it.
 */
public final class Totp {

	static final int STEP_SECONDS = 30;

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	/** A new secret of 160 bits, in Base32. */
	public static String newSecret() {
		byte[] secret = new byte[20];
		RANDOM.nextBytes(secret);
		return base32(secret);
	}

	/** The code for a time step. */
	static String code(byte[] secret, long step) {
		try {
			var mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(secret, "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
					| (hash[offset + 3] & 0xff);
			return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
	}

	/**
	 * The time step {@code code} is right for at {@code now} (one step of drift either way), if it is later
	 * than {@code lastUsed}: a code is accepted once.
	 */
	public static OptionalLong verify(String base32Secret, String code, Instant now, long lastUsed) {
		if (code == null) {
			return OptionalLong.empty();
		}
		String digits = code.replaceAll("[\\s-]", "");
		if (!digits.matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		byte[] secret = fromBase32(base32Secret);
		long now30 = step(now);
		for (long step = now30 - 1; step <= now30 + 1; step++) {
			if (step > lastUsed && java.security.MessageDigest.isEqual(code(secret, step).getBytes(), digits.getBytes())) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	/** The address an authenticator app takes the secret from (typed in, or as a QR code). */
	public static String uri(String issuer, String account, String base32Secret) {
		String label = encode(issuer) + ":" + encode(account);
		return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=6&period=" + STEP_SECONDS;
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

	static String base32(byte[] bytes) {
		var out = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
		}
		return out.toString();
	}

	static byte[] fromBase32(String text) {
		String clean = text.replaceAll("[\\s=-]", "").toUpperCase(Locale.ROOT);
		var out = new java.io.ByteArrayOutputStream();
		int buffer = 0;
		int bits = 0;
		for (char c : clean.toCharArray()) {
			int value = ALPHABET.indexOf(c);
			if (value < 0) {
				throw new IllegalArgumentException("Not Base32: " + c);
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out.write((buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return out.toByteArray();
	}

}
