package ua.relay.platform.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** How pages show dates (dd.MM.yyyy, in Kyiv time) and money (UAH), as {@code @fmt} in templates. */
@Component("fmt")
class Formats {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private final Clock clock;

	private final MessageSource messages;

	Formats(Clock clock, MessageSource messages) {
		this.clock = clock;
		this.messages = messages;
	}

	public String date(Instant instant) {
		return instant == null ? "" : DATE.format(instant.atZone(clock.getZone()));
	}

	/** A calendar day: {@code 27.11.2026}. */
	public String day(java.time.LocalDate date) {
		return date == null ? "—" : DATE.format(date);
	}

	public String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant.atZone(clock.getZone()));
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(clock.getZone()));
	}

	/**
	 * A text stored as a message code with arguments, {@code key|arg|arg}, in the reader's language; a
	 * text that is no code is shown as it is.
	 */
	public String coded(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		String[] parts = text.split("\\|");
		Object[] args = java.util.Arrays.copyOfRange(parts, 1, parts.length);
		return messages.getMessage(parts[0], args, text, LocaleContextHolder.getLocale());
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
