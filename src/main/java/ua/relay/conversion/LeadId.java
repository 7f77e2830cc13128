package ua.relay.conversion;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record LeadId(UUID value) {

	public LeadId {
		Objects.requireNonNull(value, "id must not be null");
	}

	/** In JSON an id is its UUID string. */
	@JsonCreator
	public static LeadId of(UUID value) {
		return new LeadId(value);
	}

	@Override
	@JsonValue
	public UUID value() {
		return value;
	}

	public static LeadId random() {
		return new LeadId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
