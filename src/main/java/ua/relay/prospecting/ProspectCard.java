package ua.relay.prospecting;

import java.time.Instant;

import ua.relay.party.CompanyCard;

/** What a caller sees of the one prospect they hold. */
public record ProspectCard(ProspectId id, CompanyCard company, int attempts, Instant heldUntil) {
}
