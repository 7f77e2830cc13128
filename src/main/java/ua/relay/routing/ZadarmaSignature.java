package ua.relay.routing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Zadarma's signature: Base64 of the HMAC-SHA1 of the signed fields in its lowercase hexadecimal form (that
 * is how Zadarma's own examples compute it, with PHP's {@code hash_hmac}), keyed with the API secret.
 */
public final class ZadarmaSignature {

	private ZadarmaSignature() {
	}

	public static String of(String data, String secret) {
		try {
			var mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			String hex = HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
			return Base64.getEncoder().encodeToString(hex.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA1 is part of every JDK", ex);
		}
	}

	/** Whether {@code signature} signs {@code data} with {@code secret}, compared in constant time. */
	public static boolean matches(String signature, String data, String secret) {
		return signature != null && MessageDigest.isEqual(of(data, secret).getBytes(StandardCharsets.US_ASCII),
				signature.strip().getBytes(StandardCharsets.US_ASCII));
	}

}
