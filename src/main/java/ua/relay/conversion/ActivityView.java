package ua.relay.conversion;

import java.time.Instant;
import java.util.UUID;

/** One entry of a deal's timeline. */
public record ActivityView(UUID id, ActivityKind kind, Instant happenedAt, String summary, String by) {
}
