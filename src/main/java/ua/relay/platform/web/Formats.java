package ua.relay.platform.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import ua.relay.shared.Money;
import ua.relay.shared.PhoneNumber;

/** How pages show dates (dd.MM.yyyy, in Kyiv time) and money (UAH), as {@code @fmt} in templates. */
@Component("fmt")
class Formats {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private final Clock clock;

	private final MessageSource messages;

	Formats(Clock clock, MessageSource messages) {
		this.clock = clock;
		this.messages = messages;
	}

	/** A month in words, as the reader's language names it: "грудень 2026", "December 2026". */
	public String month(java.time.YearMonth month) {
		if (month == null) {
			return "";
		}
		var locale = LocaleContextHolder.getLocale();
		String name = month.getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, locale);
		return name + " " + month.getYear();
	}

	/** The months up to this one, the latest first, for choosing one (two years back). */
	public java.util.List<java.time.YearMonth> recentMonths() {
		var now = java.time.YearMonth.now(clock);
		return java.util.stream.IntStream.range(0, 25).mapToObj(now::minusMonths).toList();
	}

	/** A period a report offers with one click: its message code and its days. */
	public record Preset(String code, java.time.LocalDate from, java.time.LocalDate to) {
	}

	/** Today, this week (from Monday), this month, last month: the periods a head asks about most. */
	public java.util.List<Preset> periodPresets() {
		var today = java.time.LocalDate.now(clock);
		var monday = today.with(java.time.DayOfWeek.MONDAY);
		var lastMonth = java.time.YearMonth.from(today).minusMonths(1);
		return java.util.List.of(new Preset("period.today", today, today), new Preset("period.this-week", monday, today),
				new Preset("period.this-month", today.withDayOfMonth(1), today),
				new Preset("period.last-month", lastMonth.atDay(1), lastMonth.atEndOfMonth()));
	}

	/** Today in Kyiv, as a date field's value and limit ({@code 2026-12-01}). */
	public java.time.LocalDate today() {
		return java.time.LocalDate.now(clock);
	}

	/** A date field's value: "01.12.2026", empty for none. */
	public String dayField(java.time.LocalDate day) {
		return day == null ? "" : TypedDates.DAY.format(day);
	}

	/** A date-and-time field's value in Kyiv time: "01.12.2026 14:30", empty for none. */
	public String dayTimeField(Instant instant) {
		return instant == null ? "" : TypedDates.DAY_TIME.format(instant.atZone(clock.getZone()));
	}

	/** A time field's value: "17:00", empty for none. */
	public String timeField(java.time.LocalTime time) {
		return time == null ? "" : TypedDates.TIME.format(time);
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
		// a count among the arguments is a number, so that the message can say it in its plural form
		Object[] args = java.util.Arrays.stream(parts, 1, parts.length)
			.map(arg -> arg.matches("-?\\d{1,18}") ? (Object) Long.valueOf(arg) : arg)
			.toArray();
		return messages.getMessage(parts[0], args, text, LocaleContextHolder.getLocale());
	}

	/** An amount of money as the reader's language writes it: "45 000,50 грн", "45,000.50 UAH". */
	/** A phone number as people read it: "+380 67 235 76 36" (anything that is no number, as it is). */
	public String phone(Object number) {
		if (number == null) {
			return "";
		}
		return number instanceof PhoneNumber phone ? phone.international()
				: PhoneNumber.tryParse(number.toString()).map(PhoneNumber::international).orElse(number.toString());
	}

	/** A message of Relay's own in the reader's language, with its arguments. */
	public String message(String code, java.util.List<?> args) {
		return messages.getMessage(code, args.toArray(), code, LocaleContextHolder.getLocale());
	}

	public String money(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		var locale = LocaleContextHolder.getLocale();
		return TypedNumbers.format(amount, locale, 2, 2) + ("en".equals(locale.getLanguage()) ? " UAH" : "\u00a0грн");
	}

	public String money(Money money) {
		return money == null ? "" : money(money.amount());
	}

	/** An amount as a text field is filled with: "45 000,50" (the field's label says the currency). */
	public String amount(BigDecimal amount) {
		return amount == null ? "" : TypedNumbers.format(amount, LocaleContextHolder.getLocale(), 2, 2);
	}

	/** A number with at most {@code decimals} decimals as the reader's language writes it: "0,25", "1 200". */
	public String number(Number value, int decimals) {
		return value == null ? "" : TypedNumbers.format(new BigDecimal(value.toString()), LocaleContextHolder.getLocale(), 0, decimals);
	}

}
