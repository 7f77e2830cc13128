package ua.relay.conversion;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record DealId(UUID value) {

	public DealId {
		Objects.requireNonNull(value, "id must not be null");
	}

	/** In JSON an id is its UUID string. */
	@JsonCreator
	public static DealId of(UUID value) {
		return new DealId(value);
	}

	@Override
	@JsonValue
	public UUID value() {
		return value;
	}

	public static DealId random() {
		return new DealId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
