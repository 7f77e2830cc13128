package ua.relay.conversion;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import ua.relay.shared.Money;

/** A quote as it was given: its number (КП-2026-0007), what it covers and for how much. */
public record QuoteView(UUID id, DealId dealId, String number, String routeFrom, String routeTo, String cargoType,
		BigDecimal weightKg, BigDecimal volumeM3, Money price, LocalDate validUntil, String closer, Instant createdAt) {
	/** A quote's number as it is printed: КП, the year and its number in the year (КП-2026-0007). */
	public static String number(int year, int seq) {
		return "КП-%d-%04d".formatted(year, seq);
	}

}
