package ua.relay.conversion;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import ua.relay.conversion.jdbc.SoonQueries;
import ua.relay.party.CompanyDirectory;
import ua.relay.party.CompanyId;
import ua.relay.platform.Notifications;
import ua.relay.platform.Notifications.Kind;

/**
 * Every minute: tells each closer of a meeting or a task that starts within {@link #AHEAD}, once (a claim
 * and its notification commit together, so a sweep that dies tells nothing and the next one tells it).
 */
@Component
class SoonReminders {

	static final Duration AHEAD = Duration.ofMinutes(15);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final SoonQueries soon;

	private final Notifications notifications;

	private final CompanyDirectory companies;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SoonReminders(SoonQueries soon, Notifications notifications, CompanyDirectory companies,
			TransactionTemplate transactions, Clock clock) {
		this.soon = soon;
		this.notifications = notifications;
		this.companies = companies;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${relay.notifications.sweep-every:60s}", initialDelayString = "${relay.notifications.sweep-every:60s}")
	@SchedulerLock(name = "soon-reminders")
	void sweep() {
		tell();
	}

	/** Tells what is due within {@link #AHEAD} and was not told yet; how many it told. */
	int tell() {
		var now = clock.instant();
		int told = 0;
		for (var item : soon.dueBy(now, now.plus(AHEAD))) {
			Boolean claimed = transactions.execute(status -> {
				if (!soon.claim(item, now)) {
					return false;
				}
				String when = TIME.withZone(clock.getZone()).format(item.at());
				String company = companies.getCard(new CompanyId(item.company())).displayName();
				String path = item.lead() ? "/conversion/leads/" + item.id() : "/conversion/deals/" + item.deal();
				notifications.notify(item.employee(), item.meeting() ? Kind.MEETING_SOON : Kind.TASK_SOON, company,
						item.title().isBlank() ? when : when + " · " + item.title(), path);
				return true;
			});
			if (Boolean.TRUE.equals(claimed)) {
				told++;
			}
		}
		return told;
	}

}
