package ua.relay.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An e-mail address, lower-cased; checked for shape and for the lengths mail servers accept (RFC 5321: 64
 * characters before the @, 254 in all), not for existence.
 */
public record EmailAddress(String value) {

	public static final int MAX_LENGTH = 254;

	private static final int MAX_LOCAL_PART = 64;

	private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");

	public EmailAddress {
		Objects.requireNonNull(value, "e-mail must not be null");
		value = value.strip().toLowerCase(Locale.ROOT);
		if (value.length() > MAX_LENGTH || value.indexOf('@') > MAX_LOCAL_PART || !SHAPE.matcher(value).matches()) {
			throw new IllegalArgumentException("Not an e-mail address: " + value);
		}
	}

	@Override
	public String toString() {
		return value;
	}

}
