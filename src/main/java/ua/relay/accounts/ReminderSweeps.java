package ua.relay.accounts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import ua.relay.platform.CompanySettings;

/**
 * When the day's reminders are made: at start, so they exist before the first morning, and each day at
 * the time the company set ({@code remindersAt}, 07:00 unless changed). A sweep keeps what is made
 * already, so a second one the same day only adds what became due. With several instances one sweeps at a
 * time (the others skip that turn), and a sweep that fails at start is logged: the instance starts all
 * the same, and the first check at or after the company's time sweeps again.
 */
@Component
class ReminderSweeps {

	private static final Logger log = LoggerFactory.getLogger(ReminderSweeps.class);

	private final Cadence cadence;

	private final CompanySettings settings;

	private final Clock clock;

	private volatile LocalDate sweptOn;

	private final OverdueNotices overdue;

	ReminderSweeps(Cadence cadence, CompanySettings settings, Clock clock, OverdueNotices overdue) {
		this.overdue = overdue;
		this.cadence = cadence;
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@SchedulerLock(name = "reminder-sweep")
	void atStart() {
		try {
			cadence.sweep();
		}
		catch (RuntimeException ex) {
			log.warn("Reminders: the sweep at start failed; the first check at or after the company's time sweeps again", ex);
		}
	}

	/**
	 * Sweeps once a day, at the first check on or after the company's time; tells of invoices turned overdue
	 * at every check.
	 */
	@Scheduled(cron = "0 */5 * * * *", zone = "Europe/Kyiv")
	@SchedulerLock(name = "reminder-sweep")
	void whenDue() {
		overdue.tell();
		var now = LocalDateTime.now(clock);
		if (!now.toLocalDate().equals(sweptOn) && !now.toLocalTime().isBefore(settings.current().remindersAt())) {
			cadence.sweep();
			sweptOn = now.toLocalDate();
		}
	}

}
