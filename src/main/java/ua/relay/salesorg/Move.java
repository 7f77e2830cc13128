package ua.relay.salesorg;

import java.time.Instant;

/** An employee moved from one tier and team to another ({@code fromTeam}, {@code toTeam}: names, none for no team). */
public record Move(Tier fromTier, Tier toTier, String fromTeam, String toTeam, Instant at, String by) implements java.io.Serializable {
}
