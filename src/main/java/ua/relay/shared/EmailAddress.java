package ua.relay.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** An e-mail address, lower-cased; checked for shape, not for existence. */
public record EmailAddress(String value) {

	private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");

	public EmailAddress {
		Objects.requireNonNull(value, "e-mail must not be null");
		value = value.strip().toLowerCase(Locale.ROOT);
		if (!SHAPE.matcher(value).matches()) {
			throw new IllegalArgumentException("Not an e-mail address: " + value);
		}
	}

	@Override
	public String toString() {
		return value;
	}

}
