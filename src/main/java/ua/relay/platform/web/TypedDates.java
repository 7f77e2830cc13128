package ua.relay.platform.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.format.Formatter;

/**
 * Dates and times as a page's text fields hold them, whatever the browser's language: "01.12.2026" and
 * "01.12.2026 14:30", 24-hour, as Ukrainians write them (a browser's own date field would show an
 * English-locale reader 12/01/2026 and 2:30 PM). ISO ("2026-12-01", "2026-12-01T14:30") is read too, so
 * links and scripts that write it keep working.
 */
final class TypedDates {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);

	static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm")
		.withResolverStyle(ResolverStyle.STRICT);

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);

	private static final List<DateTimeFormatter> DAYS = List.of(DAY,
			DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT), DateTimeFormatter.ISO_LOCAL_DATE);

	private static final List<DateTimeFormatter> DAY_TIMES = List.of(DAY_TIME,
			DateTimeFormatter.ofPattern("d.M.uuuu H:mm").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ISO_LOCAL_DATE_TIME);

	private static final List<DateTimeFormatter> TIMES = List.of(TIME,
			DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT));

	private TypedDates() {
	}

	static Formatter<LocalDate> day() {
		return new Formatter<>() {

			@Override
			public LocalDate parse(String text, Locale locale) {
				return first(text.strip(), DAYS, LocalDate::from);
			}

			@Override
			public String print(LocalDate day, Locale locale) {
				return DAY.format(day);
			}

		};
	}

	static Formatter<LocalDateTime> dayTime() {
		return new Formatter<>() {

			@Override
			public LocalDateTime parse(String text, Locale locale) {
				return first(text.strip().replace(',', ' ').replaceAll("\\s+", " "), DAY_TIMES, LocalDateTime::from);
			}

			@Override
			public String print(LocalDateTime dayTime, Locale locale) {
				return DAY_TIME.format(dayTime);
			}

		};
	}

	static Formatter<LocalTime> time() {
		return new Formatter<>() {

			@Override
			public LocalTime parse(String text, Locale locale) {
				return first(text.strip().replace('.', ':'), TIMES, LocalTime::from);
			}

			@Override
			public String print(LocalTime time, Locale locale) {
				return TIME.format(time);
			}

		};
	}

	private static <T> T first(String text, List<DateTimeFormatter> formats,
			java.time.temporal.TemporalQuery<T> query) {
		for (var format : formats) {
			try {
				return format.parse(text, query);
			}
			catch (DateTimeParseException ex) {
				// the next way of writing it
			}
		}
		throw new IllegalArgumentException("'" + text + "' is not a date or time written as expected");
	}

}
