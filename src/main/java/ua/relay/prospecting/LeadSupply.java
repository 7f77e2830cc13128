package ua.relay.prospecting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import ua.relay.platform.Actor;
import ua.relay.platform.CompanySettings;
import ua.relay.platform.SqlTime;
import ua.relay.prospecting.domain.SupplyForecast;
import ua.relay.salesorg.Shifts;
import ua.relay.salesorg.Tier;

/**
 * Plans tier 1's shifts against tier 2's appetite: the stock of leads waiting in tier 2's inbox, the
 * two-week forecast with the days it runs dry, and each caller's target for the shift at hand. The rates
 * are settings ({@code relay.prospecting.leads-per-caller-hour}, {@code closer-leads-per-hour}).
 */
@Service
public class LeadSupply {

	/** Leads older than this that nobody accepted are not counted as stock any more. */
	private static final Duration STALE = Duration.ofDays(14);

	private final JdbcClient jdbc;

	private final Shifts shifts;

	private final Clock clock;

	private final CompanySettings settings;

	LeadSupply(JdbcClient jdbc, Shifts shifts, Clock clock, CompanySettings settings) {
		this.jdbc = jdbc;
		this.shifts = shifts;
		this.clock = clock;
		this.settings = settings;
	}

	public record Target(int leads, Instant nextShift, long stock) {
	}

	/** Leads handed over and not yet accepted: what tier 2 has to work on. */
	public long stock() {
		return jdbc.sql("select count(*) from prospecting_hand_over where accepted_at is null and rejected_at is null and handed_over_at > ?")
			.param(SqlTime.of(clock.instant().minus(STALE)))
			.query(Long.class)
			.single();
	}

	public List<SupplyForecast.Day> forecast(int days) {
		return SupplyForecast.days(LocalDate.now(clock), days, stock(), callers(), closers());
	}

	/** The forecast for other modules' reports, day by day from today. */
	public List<SupplyDay> days(int days) {
		return forecast(days).stream().map(d -> new SupplyDay(d.date(), d.supply(), d.demand(), d.stockAtEnd(), d.dry())).toList();
	}

	/** The caller's target for the current shift; empty for who is not a caller. */
	public Optional<Target> targetFor(Actor actor) {
		var me = actor.employee().map(String::valueOf);
		if (me.isEmpty()) {
			return Optional.empty();
		}
		var callers = callers();
		var caller = callers.stream().filter(c -> c.id().equals(me.get())).findFirst();
		if (caller.isEmpty()) {
			return Optional.empty();
		}
		var now = clock.instant();
		long stock = stock();
		int leads = SupplyForecast.targetFor(caller.get(), now, clock.getZone(), stock, callers, closers());
		return Optional.of(new Target(leads, caller.get().plan().nextStartAfter(now, clock.getZone()).orElse(null), stock));
	}

	private List<SupplyForecast.Person> callers() {
		return shifts.plans(Tier.LG).entrySet().stream()
			.map(e -> new SupplyForecast.Person(e.getKey().id().value().toString(), e.getValue(), settings.current().leadsPerCallerHour()))
			.toList();
	}

	private List<SupplyForecast.Person> closers() {
		return shifts.plans(Tier.LC).entrySet().stream()
			.map(e -> new SupplyForecast.Person(e.getKey().id().value().toString(), e.getValue(), settings.current().closerLeadsPerHour()))
			.toList();
	}

}
