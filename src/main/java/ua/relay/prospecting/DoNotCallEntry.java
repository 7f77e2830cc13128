package ua.relay.prospecting;

import java.time.Instant;
import java.util.UUID;

/** One line of the do-not-call list: a number, a company, or both. */
public record DoNotCallEntry(UUID id, String phone, UUID companyId, String reason, Instant addedAt) {
}
