package ua.relay.prospecting;

import java.time.Instant;

import ua.relay.party.CompanyCard;

/**
 * What a caller sees of the one prospect they hold; {@code returnedReason}: why tier 2 sent it back,
 * when it did.
 */
public record ProspectCard(ProspectId id, CompanyCard company, int attempts, Instant heldUntil, String returnedReason) {
}
