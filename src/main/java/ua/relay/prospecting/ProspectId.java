package ua.relay.prospecting;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record ProspectId(UUID value) {

	public ProspectId {
		Objects.requireNonNull(value, "prospect id must not be null");
	}

	/** In JSON an id is its UUID string. */
	@JsonCreator
	public static ProspectId of(UUID value) {
		return new ProspectId(value);
	}

	@Override
	@JsonValue
	public UUID value() {
		return value;
	}

	public static ProspectId random() {
		return new ProspectId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
