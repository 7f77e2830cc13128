package ua.relay.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The hand-offs between tiers (and every other event a module listens to) delivered again while Relay runs:
 * a delivery whose listener failed (the database went away under it, the process died) stays incomplete in
 * {@code event_publication}, and every {@code relay.events.retry-every} the instance holding the job's lock
 * delivers again those older than {@code relay.events.retry-after}. A retry that itself never ended is
 * given up after {@code relay.events.retry-stuck} and tried again. The listeners make each delivery once
 * however often it comes (a lead per hand-over, an e-mail per meeting), so a retry of one still under way
 * elsewhere duplicates nothing.
 * <p>
 * One still undelivered after {@code relay.events.stuck-after} is stuck: the administrator's settings page
 * warns of it, and {@code relay_publications_stuck} counts it beside {@code relay_publications_incomplete}.
 */
@Component
public class HandOffDeliveries {

	private static final Logger log = LoggerFactory.getLogger(HandOffDeliveries.class);

	private final IncompleteEventPublications incomplete;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration retryAfter;

	private final Duration retryStuck;

	private final Duration stuckAfter;

	HandOffDeliveries(IncompleteEventPublications incomplete, JdbcClient jdbc, Clock clock, MeterRegistry metrics,
			@Value("${relay.events.retry-after:30s}") Duration retryAfter,
			@Value("${relay.events.retry-stuck:2m}") Duration retryStuck,
			@Value("${relay.events.stuck-after:5m}") Duration stuckAfter) {
		this.incomplete = incomplete;
		this.jdbc = jdbc;
		this.clock = clock;
		this.retryAfter = retryAfter;
		this.retryStuck = retryStuck;
		this.stuckAfter = stuckAfter;
		Gauge.builder("relay.publications.incomplete", this, HandOffDeliveries::countIncomplete)
			.description("Deliveries between modules not completed yet")
			.register(metrics);
		Gauge.builder("relay.publications.stuck", this, deliveries -> deliveries.stuck().count())
			.description("Deliveries between modules still not completed after relay.events.stuck-after")
			.register(metrics);
	}

	/** Deliveries still not completed after {@code relay.events.stuck-after}, and when the oldest was published. */
	public record Stuck(long count, Instant oldest) {

		public boolean any() {
			return count > 0;
		}

	}

	@Scheduled(fixedDelayString = "${relay.events.retry-every:15s}", initialDelayString = "${relay.events.retry-every:15s}")
	@SchedulerLock(name = "publication-retries")
	public void retry() {
		int abandoned = jdbc.sql("""
				update event_publication set status = 'FAILED'
				where completion_date is null and status = 'RESUBMITTED' and last_resubmission_date < ?
				""")
			.param(SqlTime.of(clock.instant().minus(retryStuck)))
			.update();
		if (abandoned > 0) {
			log.warn("Deliveries: {} retries that never ended are tried again", abandoned);
		}
		incomplete.resubmitIncompletePublicationsOlderThan(retryAfter);
	}

	public Stuck stuck() {
		return jdbc.sql("""
				select count(*) as stuck, min(publication_date) as oldest from event_publication
				where completion_date is null and publication_date < ?
				""")
			.param(SqlTime.of(clock.instant().minus(stuckAfter)))
			.query((rs, n) -> new Stuck(rs.getLong("stuck"), SqlTime.instant(rs, "oldest")))
			.single();
	}

	private double countIncomplete() {
		return jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single();
	}

}
