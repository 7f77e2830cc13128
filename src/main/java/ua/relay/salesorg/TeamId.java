package ua.relay.salesorg;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record TeamId(UUID value) {

	public TeamId {
		Objects.requireNonNull(value, "team id must not be null");
	}

	@JsonCreator
	public static TeamId of(UUID value) {
		return new TeamId(value);
	}

	@Override
	@JsonValue
	public UUID value() {
		return value;
	}

	public static TeamId random() {
		return new TeamId(UUID.randomUUID());
	}

}
