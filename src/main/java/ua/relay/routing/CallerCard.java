package ua.relay.routing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ua.relay.party.CompanyCard;

/**
 * What the employee taking a call sees before saying hello: who is calling (the company, its contacts),
 * why the call came to them, what is open with the company and its last contacts, newest first.
 */
public record CallerCard(UUID callId, String callerNumber, Instant receivedAt, String reason, String employee,
		CompanyCard company, List<CardLine> openItems, List<CardLine> lastContacts) {
}
