package ua.relay.prospecting;

import java.time.LocalDate;

/**
 * A day of tier 2's lead supply as forecast: leads the callers on shift will bring, leads the closers on
 * shift will take, the leads waiting at the end of the day, and whether tier 2 runs dry that day.
 */
public record SupplyDay(LocalDate date, double supply, double demand, double stockAtEnd, boolean dry) {
}
