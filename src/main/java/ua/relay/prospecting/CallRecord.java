package ua.relay.prospecting;

import java.time.Instant;

/** One cold call as tier 1 recorded it: when, who called, what came of it, the caller's note. */
public record CallRecord(Instant calledAt, String caller, CallOutcome outcome, String note) {
}
