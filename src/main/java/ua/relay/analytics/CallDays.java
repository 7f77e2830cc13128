package ua.relay.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import ua.relay.platform.LocalDays;

/**
 * Tier 1's calls rolled up per Kyiv day and caller, so the dashboards need not count millions of calls each
 * time: rebuilt whole at start (in the background: until it is done, reports count the calls themselves),
 * then every minute the days since the last complete one are recounted and the boundary moves to today.
 * Calls are recorded as they are made, so a day before today never changes again once the transactions
 * that were recording its last calls at midnight have ended: a day counts as over {@link #SETTLE} after it
 * ends, so that a call made at 23:59:59 and committed a moment after midnight is in its day's roll-up.
 */
@Component
class CallDays {

	private static final Logger log = LoggerFactory.getLogger(CallDays.class);

	/** Longer than any transaction recording a call may take. */
	static final Duration SETTLE = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final LocalDays days;

	CallDays(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, LocalDays days) {
		this.days = days;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The first day whose calls are not rolled up (reports count them from the calls table); empty before the first build. */
	Optional<LocalDate> completeBefore() {
		return jdbc.sql("select complete_before from analytics_rollup where name = 'calls'")
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
			.single();
	}

	@Async
	@EventListener(ApplicationReadyEvent.class)
	public void rebuildAtStart() {
		rebuild();
	}

	/** Everything recounted: what a start does, and what to run after calls were loaded into the past. */
	void rebuild() {
		long started = System.nanoTime();
		var today = settledToday();
		transactions.executeWithoutResult(status -> {
			lock();
			jdbc.sql("update analytics_rollup set complete_before = null where name = 'calls'").update();
			jdbc.sql("delete from analytics_call_day").update();
			jdbc.sql(insert("called_at < ?")).param(startOf(today)).update();
			jdbc.sql("update analytics_rollup set complete_before = ? where name = 'calls'").param(today).update();
		});
		log.info("Calls rolled up per day until {} in {} ms", today, (System.nanoTime() - started) / 1_000_000);
	}

	/** The days from the last complete one to yesterday are recounted, and today becomes the boundary. */
	@Scheduled(fixedDelayString = "${relay.analytics.roll-up-every:60s}", initialDelayString = "${relay.analytics.roll-up-every:60s}")
	@SchedulerLock(name = "call-roll-up")
	public void catchUp() {
		var today = settledToday();
		var from = completeBefore().orElse(null);
		if (from == null || !from.isBefore(today)) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			if (!from.equals(lock())) {
				return; // a rebuild moved the boundary meanwhile
			}
			jdbc.sql("delete from analytics_call_day where call_day >= ? and call_day < ?").params(from, today).update();
			jdbc.sql(insert("called_at >= ? and called_at < ?"))
				.params(startOf(from), startOf(today))
				.update();
			jdbc.sql("update analytics_rollup set complete_before = ? where name = 'calls' and complete_before = ?")
				.params(today, from)
				.update();
		});
	}

	/** Today, once yesterday has settled; until {@link #SETTLE} after midnight, still yesterday. */
	private LocalDate settledToday() {
		return LocalDateTime.now(clock).minus(SETTLE).toLocalDate();
	}

	/** One roll-up at a time: the state row is held until the transaction ends. */
	private LocalDate lock() {
		return jdbc.sql("select complete_before from analytics_rollup where name = 'calls' for update")
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
			.single()
			.orElse(null);
	}

	private String insert(String condition) {
		String day = days.of("called_at");
		return "insert into analytics_call_day (call_day, caller_id, calls, interested) select " + day
				+ ", caller_id, count(*), sum(case when outcome = 'INTERESTED' then 1 else 0 end) from prospecting_call where "
				+ condition + " group by " + day + ", caller_id";
	}

	/** The first instant of a Kyiv day, as the database takes it. */
	private java.time.OffsetDateTime startOf(LocalDate day) {
		return ua.relay.platform.SqlTime.of(day.atStartOfDay(clock.getZone()).toInstant());
	}

}
