package ua.relay.party;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record CompanyId(UUID value) {

	public CompanyId {
		Objects.requireNonNull(value, "company id must not be null");
	}

	/** In JSON an id is its UUID string. */
	@JsonCreator
	public static CompanyId of(UUID value) {
		return new CompanyId(value);
	}

	@Override
	@JsonValue
	public UUID value() {
		return value;
	}

	public static CompanyId random() {
		return new CompanyId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
