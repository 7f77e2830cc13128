package ua.relay.platform.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** How pages show dates (dd.MM.yyyy, in Kyiv time) and money (UAH), as {@code @fmt} in templates. */
@Component("fmt")
class Formats {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private final Clock clock;

	Formats(Clock clock) {
		this.clock = clock;
	}

	public String date(Instant instant) {
		return instant == null ? "" : DATE.format(instant.atZone(clock.getZone()));
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(clock.getZone()));
	}

	public String money(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		var symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("uk"));
		symbols.setGroupingSeparator('\u00a0');
		symbols.setDecimalSeparator(',');
		return new DecimalFormat("#,##0.00", symbols).format(amount) + "\u00a0грн";
	}

}
