package ua.relay.conversion;

import java.math.BigDecimal;
import java.time.LocalDate;

import ua.relay.conversion.domain.ConversionException;
import ua.relay.shared.Money;

/** A quote for cargo services as the closer fills it in: the route, the cargo, the price and how long it holds. */
public record NewQuote(String routeFrom, String routeTo, String cargoType, BigDecimal weightKg, BigDecimal volumeM3,
		Money price, LocalDate validUntil) {

	public NewQuote {
		routeFrom = required(routeFrom, "quote.route-from", 200);
		routeTo = required(routeTo, "quote.route-to", 200);
		cargoType = required(cargoType, "quote.cargo", 200);
		if (weightKg == null || weightKg.signum() <= 0) {
			throw ConversionException.invalid("quote.weight", "The cargo's weight is positive");
		}
		if (volumeM3 != null && volumeM3.signum() <= 0) {
			throw ConversionException.invalid("quote.volume", "A volume, when given, is positive");
		}
		if (price == null || !price.isPositive()) {
			throw ConversionException.invalid("quote.price", "A quote has a positive price");
		}
		if (validUntil == null) {
			throw ConversionException.invalid("quote.valid-until", "A quote says until when it holds");
		}
	}

	private static String required(String value, String code, int max) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			throw ConversionException.invalid(code, "Required, at most " + max + " characters");
		}
		return value.strip();
	}

}
