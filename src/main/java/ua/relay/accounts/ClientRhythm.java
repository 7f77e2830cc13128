package ua.relay.accounts;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A client's buying rhythm as the account manager reads it: every so many days ({@code fromOwnHistory}
 * false: the segment's interval, its own history being short), the last and next expected purchase, how
 * the date was found (median, season, segment), whether it is due and at risk today.
 */
public record ClientRhythm(UUID clientId, int intervalDays, boolean fromOwnHistory, LocalDate lastPurchase,
		LocalDate nextExpected, String basis, long daysSinceLast, boolean due, boolean atRisk) {
}
