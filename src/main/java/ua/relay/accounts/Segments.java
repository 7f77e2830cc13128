package ua.relay.accounts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import ua.relay.accounts.domain.RfmScores;
import ua.relay.accounts.domain.RfmSegment;
import ua.relay.platform.Actor;
import ua.relay.platform.SqlTime;

/**
 * RFM over the last year, scored against the whole portfolio: how recently, how often and for how much
 * each client bought, and the named segment that puts it in. A manager sees their own clients' scores.
 */
@Service
public class Segments {

	private final JdbcClient jdbc;

	private final Portfolio portfolio;

	private final Clock clock;

	Segments(JdbcClient jdbc, Portfolio portfolio, Clock clock) {
		this.jdbc = jdbc;
		this.portfolio = portfolio;
		this.clock = clock;
	}

	/** A client's scores as the segments page lists them. */
	public record ClientSegment(UUID clientId, String company, String manager, int recency, int frequency, int monetary,
			RfmSegment segment, long daysSinceLast, int ordersInYear, BigDecimal revenueInYear) {
	}

	/** The actor's clients (all for the head) with their scores and segments, the best first. */
	public List<ClientSegment> of(Actor actor) {
		var figures = figures();
		var scores = RfmScores.of(new ArrayList<>(figures.values()));
		var result = new ArrayList<ClientSegment>();
		for (var client : portfolio.clients(actor)) {
			var f = figures.get(client.id());
			var s = scores.get(client.id());
			if (f == null || s == null) {
				continue;
			}
			result.add(new ClientSegment(client.id(), client.company().displayName(), client.accountManager(), s.recency(),
					s.frequency(), s.monetary(), s.segment(), f.recencyDays(), f.frequency(), f.monetary()));
		}
		result.sort(java.util.Comparator.comparing(ClientSegment::segment).thenComparing(ClientSegment::company));
		return result;
	}

	/** How many of the actor's clients each segment holds, in the segments' order. */
	public Map<RfmSegment, Integer> spread(Actor actor) {
		var spread = new EnumMap<RfmSegment, Integer>(RfmSegment.class);
		for (RfmSegment segment : RfmSegment.values()) {
			spread.put(segment, 0);
		}
		of(actor).forEach(c -> spread.merge(c.segment(), 1, Integer::sum));
		return spread;
	}

	private Map<UUID, RfmScores.Figures> figures() {
		var today = LocalDate.now(clock);
		var yearAgo = today.minusYears(1);
		var last = new HashMap<UUID, LocalDate>();
		var count = new HashMap<UUID, Integer>();
		var sum = new HashMap<UUID, BigDecimal>();
		jdbc.sql("select client_id, ordered_at, amount from accounts_order").query((rs, n) -> {
			var client = rs.getObject(1, UUID.class);
			var day = SqlTime.instant(rs, "ordered_at").atZone(clock.getZone()).toLocalDate();
			var amount = rs.getBigDecimal(3);
			last.merge(client, day, (a, b) -> a.isAfter(b) ? a : b);
			count.putIfAbsent(client, 0);
			sum.putIfAbsent(client, BigDecimal.ZERO);
			if (day.isAfter(yearAgo)) {
				count.merge(client, 1, Integer::sum);
				sum.merge(client, amount, BigDecimal::add);
			}
			return null;
		}).list();
		var figures = new HashMap<UUID, RfmScores.Figures>();
		last.forEach((client, day) -> figures.put(client, new RfmScores.Figures(client, ChronoUnit.DAYS.between(day, today),
				count.get(client), sum.get(client))));
		return figures;
	}

}
