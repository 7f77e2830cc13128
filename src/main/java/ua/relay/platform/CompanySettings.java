package ua.relay.platform;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The company's settings, set by the head or the administrator in the application: the first-touch time
 * of a new lead, the office's working days and hours (the shifts of whoever has none of their own), the
 * rates the lead-supply plan works with, the time of the morning's reminders, and the days the whole
 * company rests. Each change is a new version, kept with who made it and when, and goes into the audit
 * trail; {@code relay.settings.*} apply until the first. Secrets (the PBX's keys) stay in configuration.
 * <p>
 * Read on every lead, call and plan, so read from memory: a change is seen at once on the instance that
 * made it, and within {@link #FRESH} on the others.
 */
@Service
public class CompanySettings {

	/** How long another instance may go on with the values it read. */
	static final Duration FRESH = Duration.ofSeconds(30);

	private final JdbcClient jdbc;

	private final SettingsDefaults defaults;

	private final AuditTrail audit;

	private final Clock clock;

	private volatile Snapshot snapshot;

	CompanySettings(JdbcClient jdbc, SettingsDefaults defaults, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.defaults = defaults;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The settings: {@code firstTouch}, the working time within which a closer first touches a new lead;
	 * {@code workingDays} from {@code dayStarts} to {@code dayEnds}, the office's hours; the leads a caller
	 * brings and a closer takes per shift hour; {@code remindersAt}, when the day's reminders are made.
	 */
	public record Settings(Duration firstTouch, Set<DayOfWeek> workingDays, LocalTime dayStarts, LocalTime dayEnds,
			double leadsPerCallerHour, double closerLeadsPerHour, LocalTime remindersAt) {

		public Settings {
			if (firstTouch == null || firstTouch.compareTo(Duration.ofMinutes(15)) < 0
					|| firstTouch.compareTo(Duration.ofHours(72)) > 0) {
				throw DomainException.invalid("settings.first-touch-invalid", "First touch must be 15 min to 72 h");
			}
			if (workingDays == null || workingDays.isEmpty()) {
				throw DomainException.invalid("settings.working-days-empty", "At least one working day");
			}
			workingDays = Collections.unmodifiableSet(EnumSet.copyOf(workingDays)); // in the week's order
			if (dayStarts == null || dayEnds == null || !dayStarts.isBefore(dayEnds)) {
				throw DomainException.invalid("settings.hours-invalid", "The working day must start before it ends");
			}
			if (!rate(leadsPerCallerHour) || !rate(closerLeadsPerHour)) {
				throw DomainException.invalid("settings.rate-invalid", "A rate is more than 0 and at most 50 an hour");
			}
			if (remindersAt == null) {
				throw DomainException.invalid("settings.reminders-at-invalid", "The reminders' time is required");
			}
		}

		private static boolean rate(double perHour) {
			return perHour > 0 && perHour <= 50;
		}

		/** The first-touch time in hours, as pages and the API give it: 1.5 for 90 minutes. */
		public BigDecimal firstTouchHours() {
			return BigDecimal.valueOf(firstTouch.toMinutes()).divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP);
		}

		/** Hours as pages and the API give them, to the minute; none stays none (and is refused as such). */
		public static Duration hours(BigDecimal hours) {
			return hours == null ? null
					: Duration.ofMinutes(hours.multiply(BigDecimal.valueOf(60)).setScale(0, java.math.RoundingMode.HALF_UP)
						.longValueExact());
		}

		/** The working days in the week's order. */
		public List<DayOfWeek> days() {
			return workingDays.stream().sorted().toList();
		}

		/** What differs from {@code before}, by the names of the fields. */
		List<String> changedFrom(Settings before) {
			var changed = new ArrayList<String>();
			if (!firstTouch.equals(before.firstTouch)) {
				changed.add("firstTouch");
			}
			if (!workingDays.equals(before.workingDays)) {
				changed.add("workingDays");
			}
			if (!dayStarts.equals(before.dayStarts) || !dayEnds.equals(before.dayEnds)) {
				changed.add("hours");
			}
			if (leadsPerCallerHour != before.leadsPerCallerHour) {
				changed.add("leadsPerCallerHour");
			}
			if (closerLeadsPerHour != before.closerLeadsPerHour) {
				changed.add("closerLeadsPerHour");
			}
			if (!remindersAt.equals(before.remindersAt)) {
				changed.add("remindersAt");
			}
			return changed;
		}

	}

	/** A day the whole company rests. */
	public record Holiday(LocalDate day, String name) {

		public Holiday {
			if (day == null) {
				throw DomainException.invalid("settings.holiday-day-required", "A holiday needs its date");
			}
			name = name == null || name.isBlank() ? null : name.strip();
			if (name == null || name.length() > 200) {
				throw DomainException.invalid("settings.holiday-name-invalid", "A holiday needs a name of up to 200 characters");
			}
		}

	}

	/**
	 * A version of the settings: {@code number} 0 for {@code relay.settings.*} before any change;
	 * {@code changed} names what differs from the version before.
	 */
	public record Version(int number, Settings settings, Instant changedAt, String changedBy, String changedByName,
			List<String> changed) {
	}

	private record Snapshot(Version current, Set<LocalDate> holidays, long readAt) {
	}

	/** The settings in force. */
	public Settings current() {
		return snapshot().current().settings();
	}

	/** The version in force: its number is what a change is made against. */
	public Version version() {
		return snapshot().current();
	}

	/** Every day the company rests, of all years. */
	public Set<LocalDate> holidayDays() {
		return snapshot().holidays();
	}

	/** The holidays of a year, in date order. */
	public List<Holiday> holidays(int year) {
		return jdbc.sql("select off_day, name from platform_holiday where off_day between ? and ? order by off_day")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.query((rs, n) -> new Holiday(rs.getObject(1, LocalDate.class), rs.getString(2)))
			.list();
	}

	/** Every version, the newest first, each with what it changed. */
	public List<Version> history() {
		var result = new ArrayList<Version>();
		result.add(new Version(0, defaults.settings(), null, null, null, List.of()));
		jdbc.sql("select * from platform_settings order by version").query((rs, n) -> version(rs)).list().forEach(v -> {
			var before = result.get(result.size() - 1).settings();
			result.add(new Version(v.number(), v.settings(), v.changedAt(), v.changedBy(), v.changedByName(),
					v.settings().changedFrom(before)));
		});
		Collections.reverse(result);
		return result;
	}

	/**
	 * Puts {@code settings} in force, made on version {@code basedOn} of them: refused if somebody changed
	 * them since (the page showed what is no longer there). Nothing changed makes no version.
	 */
	@Transactional
	public Version change(Actor actor, int basedOn, Settings settings) {
		var current = read();
		if (current.number() != basedOn) {
			throw DomainException.conflict("settings.changed-meanwhile",
					"The settings were changed since version " + basedOn + " was shown", current.changedByName());
		}
		var changed = settings.changedFrom(current.settings());
		if (changed.isEmpty()) {
			return current;
		}
		int number = current.number() + 1;
		try {
			jdbc.sql("""
					insert into platform_settings (version, first_touch_minutes, working_days, day_starts, day_ends,
					    leads_per_caller_hour, closer_leads_per_hour, reminders_at, changed_at, changed_by, changed_by_name)
					values (:version, :firstTouch, :days, :starts, :ends, :callerRate, :closerRate, :reminders, :at, :by, :name)
					""")
				.param("version", number)
				.param("firstTouch", settings.firstTouch().toMinutes())
				.param("days", settings.days().stream().map(DayOfWeek::name).collect(Collectors.joining(",")))
				.param("starts", settings.dayStarts())
				.param("ends", settings.dayEnds())
				.param("callerRate", BigDecimal.valueOf(settings.leadsPerCallerHour()))
				.param("closerRate", BigDecimal.valueOf(settings.closerLeadsPerHour()))
				.param("reminders", settings.remindersAt())
				.param("at", SqlTime.of(clock.instant()))
				.param("by", actor.username())
				.param("name", actor.displayName())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw DomainException.conflict("settings.changed-meanwhile",
					"The settings were changed at the same moment", "");
		}
		audit.record(actor, "settings", "v" + number, describe(current.settings(), settings, changed));
		forgetAfterCommit();
		return new Version(number, settings, clock.instant(), actor.username(), actor.displayName(), changed);
	}

	/** Adds a day the company rests, or renames it. */
	@Transactional
	public void addHoliday(Actor actor, Holiday holiday) {
		int renamed = jdbc.sql("update platform_holiday set name = ? where off_day = ?")
			.params(holiday.name(), holiday.day())
			.update();
		if (renamed == 0) {
			jdbc.sql("insert into platform_holiday (off_day, name) values (?, ?)").params(holiday.day(), holiday.name()).update();
		}
		audit.record(actor, "settings", "holiday " + holiday.day(), (renamed == 0 ? "+ " : "= ") + holiday.name());
		forgetAfterCommit();
	}

	/** The company works on the day after all. */
	@Transactional
	public void removeHoliday(Actor actor, LocalDate day) {
		var name = jdbc.sql("select name from platform_holiday where off_day = ?").param(day).query(String.class).optional();
		if (name.isEmpty()) {
			return;
		}
		jdbc.sql("delete from platform_holiday where off_day = ?").param(day).update();
		audit.record(actor, "settings", "holiday " + day, "− " + name.get());
		forgetAfterCommit();
	}

	/** Adds Ukraine's public holidays of the year that are not there yet; returns how many were added. */
	@Transactional
	public int addPublicHolidays(Actor actor, int year) {
		var known = holidays(year).stream().map(Holiday::day).collect(Collectors.toSet());
		int added = 0;
		for (Holiday holiday : PublicHolidays.of(year)) {
			if (!known.contains(holiday.day())) {
				jdbc.sql("insert into platform_holiday (off_day, name) values (?, ?)")
					.params(holiday.day(), holiday.name())
					.update();
				added++;
			}
		}
		audit.record(actor, "settings", "holidays " + year, "+ " + added + " public holidays");
		forgetAfterCommit();
		return added;
	}

	private Snapshot snapshot() {
		var known = snapshot;
		if (known == null || System.nanoTime() - known.readAt() > FRESH.toNanos()) {
			known = new Snapshot(read(), Set.copyOf(jdbc.sql("select off_day from platform_holiday")
				.query(LocalDate.class)
				.list()), System.nanoTime());
			snapshot = known;
		}
		return known;
	}

	private Version read() {
		return jdbc.sql("select * from platform_settings order by version desc limit 1")
			.query((rs, n) -> version(rs))
			.optional()
			.orElseGet(() -> new Version(0, defaults.settings(), null, null, null, List.of()));
	}

	private static Version version(ResultSet rs) throws SQLException {
		return new Version(rs.getInt("version"), settings(rs), SqlTime.instant(rs, "changed_at"), rs.getString("changed_by"),
				rs.getString("changed_by_name"), List.of());
	}

	private static Settings settings(ResultSet rs) throws SQLException {
		var days = EnumSet.noneOf(DayOfWeek.class);
		Arrays.stream(rs.getString("working_days").split(",")).map(DayOfWeek::valueOf).forEach(days::add);
		return new Settings(Duration.ofMinutes(rs.getInt("first_touch_minutes")), days,
				rs.getObject("day_starts", LocalTime.class), rs.getObject("day_ends", LocalTime.class),
				rs.getBigDecimal("leads_per_caller_hour").doubleValue(),
				rs.getBigDecimal("closer_leads_per_hour").doubleValue(), rs.getObject("reminders_at", LocalTime.class));
	}

	/** The next read goes to the database, once what was written is there for all to see. */
	private void forgetAfterCommit() {
		snapshot = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					snapshot = null;
				}
			});
		}
	}

	private static String describe(Settings before, Settings after, List<String> changed) {
		var parts = new ArrayList<String>();
		for (String field : changed) {
			parts.add(switch (field) {
				case "firstTouch" -> "firstTouch " + before.firstTouch() + " → " + after.firstTouch();
				case "workingDays" -> "workingDays " + before.days() + " → " + after.days();
				case "hours" -> "hours " + before.dayStarts() + "–" + before.dayEnds() + " → " + after.dayStarts() + "–"
						+ after.dayEnds();
				case "leadsPerCallerHour" -> "leadsPerCallerHour " + before.leadsPerCallerHour() + " → "
						+ after.leadsPerCallerHour();
				case "closerLeadsPerHour" -> "closerLeadsPerHour " + before.closerLeadsPerHour() + " → "
						+ after.closerLeadsPerHour();
				case "remindersAt" -> "remindersAt " + before.remindersAt() + " → " + after.remindersAt();
				default -> field;
			});
		}
		return String.join("; ", parts);
	}

}
