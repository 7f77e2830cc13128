package ua.relay.salesorg;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

public record EmployeeId(UUID value) implements java.io.Serializable {

	public EmployeeId {
		Objects.requireNonNull(value, "employee id must not be null");
	}

	/** In JSON an id is its UUID string. */
	@JsonCreator
	public static EmployeeId of(UUID value) {
		return new EmployeeId(value);
	}

	@Override
	@JsonValue
	public UUID value() {
		return value;
	}

	public static EmployeeId random() {
		return new EmployeeId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
