package ua.relay.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.stereotype.Component;

import ua.relay.analytics.CommissionKind;
import ua.relay.analytics.CommissionPlans;
import ua.relay.platform.ApplicationClock;
import ua.relay.prospecting.CallScripts;

/**
 * The demo company's months before today, made as they would have been lived: on the history's first
 * morning the staff is hired, the call script written, the existing clients and the first prospect list
 * brought in; then every call, lead, deal, order, invoice and payment happens at its own time, through
 * the services the pages use, until the present. Later lists come in as the callers work through the first.
 * <p>
 * Meanwhile the application's clock reads each step's moment. What else reads it stays consistent: the other
 * tiers' listeners are awaited before the clock moves on ({@link HandOffs}); the event registry dates each
 * hand-off at its own time; the reminders' sweep is played each morning here; the call roll-up is built when
 * the application is ready, after the demo, so it counts the whole history (its minutely catch-up does nothing
 * before that first build), and the start's own sweep adds only today's reminders the history has not made.
 */
@Component
class DemoHistory {

	/** Prospects a worked-through company takes on average: its first call, retries, a callback. */
	private static final double CALLS_PER_PROSPECT = 1.8;

	/**
	 * Services that log each routine thing they do (a reminders' sweep each morning, each meeting invitation
	 * not sent without SMTP): months of them would bury the start's log, so they speak only of problems while
	 * the history is made.
	 */
	private static final List<String> ROUTINE_LOGGERS = List.of("ua.relay.accounts.Cadence",
			"ua.relay.conversion.MeetingInvitations", "ua.relay.prospecting.ProspectImports");

	private final ApplicationClock clock;

	private final DemoStaff staff;

	private final CallScripts scripts;

	private final ExistingClients existing;

	private final ProspectLists lists;

	private final Callers callers;

	private final AccountManagers managers;

	private final CommissionPlans commissions;

	private final LoggingSystem logging;

	private final DemoProperties properties;

	DemoHistory(ApplicationClock clock, DemoStaff staff, CallScripts scripts, ExistingClients existing,
			ProspectLists lists, Callers callers, AccountManagers managers, CommissionPlans commissions,
			LoggingSystem logging, DemoProperties properties) {
		this.commissions = commissions;
		this.logging = logging;
		this.clock = clock;
		this.staff = staff;
		this.scripts = scripts;
		this.existing = existing;
		this.lists = lists;
		this.callers = callers;
		this.managers = managers;
		this.properties = properties;
	}

	DemoRun make(long seed) {
		var levels = ROUTINE_LOGGERS.stream().map(name -> logging.getLoggerConfiguration(name).getConfiguredLevel()).toList();
		ROUTINE_LOGGERS.forEach(name -> logging.setLogLevel(name, LogLevel.WARN));
		try {
			return replay(seed);
		}
		finally {
			clock.resetToPresent();
			for (int i = 0; i < ROUTINE_LOGGERS.size(); i++) {
				logging.setLogLevel(ROUTINE_LOGGERS.get(i), levels.get(i));
			}
		}
	}

	private DemoRun replay(long seed) {
		var zone = clock.getZone();
		var present = clock.instant();
		var today = LocalDate.ofInstant(present, zone);
		var first = AccountManagers.workingDayFrom(today.minusMonths(properties.months()));
		var timeline = new Timeline(clock, present);
		var generator = new DemoCompanies(seed);
		clock.setTo(first.atTime(8, 0).atZone(zone).toInstant());
		var run = new DemoRun(timeline, staff.hire(), new Fates(seed), zone, first);
		scripts.save(DemoScript.cargo(), run.team().head());
		existing.bringIn(run, generator);
		int worked = (int) Math.ceil(callers.plan(run) / CALLS_PER_PROSPECT);
		lists.bringIn(run, generator, worked * 6 / 10, listName(first));
		long days = ChronoUnit.DAYS.between(first, today);
		for (int part = 1; part <= 2; part++) {
			var day = AccountManagers.workingDayFrom(first.plusDays(days * part / 3));
			timeline.at(day.atTime(8, 30).atZone(zone).toInstant(),
					() -> lists.bringIn(run, generator, worked / 4, listName(day)));
		}
		// the last Monday before today brings a fresh list: the callers' work for today and the days ahead
		var monday = today.minusDays(1).with(DayOfWeek.MONDAY);
		timeline.at(monday.atTime(LocalTime.of(8, 15)).atZone(zone).toInstant(),
				() -> lists.bringIn(run, generator, properties.prospects(), listName(monday)));
		var firstWholeMonth = first.getDayOfMonth() == 1 ? first : first.withDayOfMonth(1).plusMonths(1);
		planRaise(run, firstWholeMonth.plusMonths(Math.max(1, properties.months() / 3)));
		managers.plan(run);
		staff.planOnboarding(run);
		staff.planDaysAway(run);
		timeline.play();
		return run;
	}

	/**
	 * On the first working day of a month some way into the history (after at least one whole month), the
	 * head pays tier 1 more per accepted lead from that month on: statements before and after differ.
	 */
	private void planRaise(DemoRun run, LocalDate from) {
		if (from.isAfter(run.last())) {
			return;
		}
		var day = AccountManagers.workingDayFrom(from);
		run.timeline().at(day.atTime(9, 5).atZone(run.zone()).toInstant(),
				() -> commissions.change(CommissionKind.LEAD_ACCEPTED, BigDecimal.valueOf(200), day.withDayOfMonth(1),
						"Більше прийнятих лідів до сезону", run.team().head()));
	}

	private static String listName(LocalDate day) {
		return "Компанії для дзвінків " + day.format(DateTimeFormatter.ISO_LOCAL_DATE) + ".csv";
	}

}
