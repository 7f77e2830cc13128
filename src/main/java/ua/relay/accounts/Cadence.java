package ua.relay.accounts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.accounts.domain.BuyingRhythm;
import ua.relay.platform.Actor;
import ua.relay.platform.DomainException;
import ua.relay.platform.SqlTime;

/**
 * Each client's buying rhythm from its own orders (see {@link BuyingRhythm}), with the industry's typical
 * interval standing in while a client's history is short; and the daily sweep that turns the clients due
 * to buy into their account managers' reminders.
 */
@Service
public class Cadence {

	private static final Logger log = LoggerFactory.getLogger(Cadence.class);

	private final JdbcClient jdbc;

	private final AccountsProperties settings;

	private final Clock clock;

	Cadence(JdbcClient jdbc, AccountsProperties settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	private record History(UUID client, UUID manager, String industry, List<LocalDate> orders) {
	}

	/** The rhythm of every client, by client. */
	public Map<UUID, ClientRhythm> all() {
		return rhythms(histories());
	}

	private Map<UUID, ClientRhythm> rhythms(Map<UUID, History> histories) {
		var today = LocalDate.now(clock);
		var byIndustry = new HashMap<String, List<Integer>>();
		var own = new HashMap<UUID, BuyingRhythm>();
		for (var h : histories.values()) {
			var rhythm = BuyingRhythm.of(h.orders(), settings.defaultIntervalDays());
			own.put(h.client(), rhythm);
			if (rhythm.fromOwnHistory() && h.industry() != null) {
				byIndustry.computeIfAbsent(h.industry(), i -> new ArrayList<>()).add(rhythm.intervalDays());
			}
		}
		var result = new HashMap<UUID, ClientRhythm>();
		for (var h : histories.values()) {
			var rhythm = own.get(h.client());
			if (!rhythm.fromOwnHistory()) {
				var peers = byIndustry.get(h.industry());
				if (peers != null && !peers.isEmpty()) {
					rhythm = BuyingRhythm.of(h.orders(), median(peers));
				}
			}
			result.put(h.client(), new ClientRhythm(h.client(), rhythm.intervalDays(), rhythm.fromOwnHistory(),
					rhythm.lastPurchase(), rhythm.nextExpected(), rhythm.basis(), rhythm.daysSinceLast(today),
					rhythm.due(today), rhythm.atRisk(today)));
		}
		return result;
	}

	/** Makes today's reminders: one task per client due to buy and its expected day, kept if made already. */
	@Scheduled(cron = "0 0 7 * * *", zone = "Europe/Kyiv")
	@Transactional
	public int sweep() {
		var today = LocalDate.now(clock);
		var histories = histories();
		int made = 0;
		for (var rhythm : rhythms(histories).values()) {
			if (!rhythm.due()) {
				continue;
			}
			var h = histories.get(rhythm.clientId());
			boolean exists = jdbc.sql("""
					select count(*) from accounts_task where client_id = ? and source = 'CADENCE' and expected_on = ?
					""")
				.params(rhythm.clientId(), rhythm.nextExpected())
				.query(Long.class)
				.single() > 0;
			if (exists) {
				continue;
			}
			String title = (rhythm.fromOwnHistory() ? "Замовляє кожні %d дн." : "Зазвичай у галузі кожні %d дн.")
				.formatted(rhythm.intervalDays()) + "; %d дн. від останнього: зателефонувати".formatted(rhythm.daysSinceLast())
					+ (rhythm.atRisk() ? " (під загрозою відтоку)" : "");
			jdbc.sql("""
					insert into accounts_task (id, client_id, assignee, title, due_on, source, expected_on, created_at)
					values (?, ?, ?, ?, ?, 'CADENCE', ?, ?)
					""")
				.params(UUID.randomUUID(), rhythm.clientId(), h.manager(), title, today, rhythm.nextExpected(),
						SqlTime.of(clock.instant()))
				.update();
			made++;
		}
		log.info("Reminders: {} made for {}", made, today);
		return made;
	}

	/** A reminder as the account manager's task list shows it. */
	public record Reminder(UUID id, UUID clientId, String company, String title, LocalDate dueOn) {
	}

	/** The open reminders of the account manager (all for the head), the oldest first. */
	public List<Reminder> reminders(Actor actor) {
		String mine = actor.seesEverything() ? "" : " and t.assignee = :me";
		var spec = jdbc.sql("""
				select t.id, t.client_id, t.title, t.due_on, co.name from accounts_task t
				join accounts_client c on c.id = t.client_id join party_company co on co.id = c.company_id
				where t.done_at is null and t.due_on <= :today""" + mine + " order by t.due_on, t.created_at")
			.param("today", LocalDate.now(clock));
		if (!actor.seesEverything()) {
			spec = spec.param("me", actor.requireEmployee());
		}
		return spec.query((rs, n) -> new Reminder(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(5),
				rs.getString(3), rs.getObject(4, LocalDate.class))).list();
	}

	/** The account manager acted on the reminder (called, took an order). */
	@Transactional
	public void done(UUID reminder, Actor actor) {
		int updated = jdbc.sql("update accounts_task set done_at = ? where id = ? and assignee = ? and done_at is null")
			.params(SqlTime.of(clock.instant()), reminder, actor.requireEmployee())
			.update();
		if (updated != 1) {
			throw DomainException.notFound("reminder.not-found", "No open reminder " + reminder + " of yours");
		}
	}

	private Map<UUID, History> histories() {
		var histories = new HashMap<UUID, History>();
		jdbc.sql("""
				select c.id, c.account_manager_id, co.industry, o.ordered_at
				from accounts_client c
				join party_company co on co.id = c.company_id
				join accounts_order o on o.client_id = c.id
				order by c.id, o.ordered_at
				""")
			.query((rs, n) -> {
				var client = rs.getObject(1, UUID.class);
				var manager = rs.getObject(2, UUID.class);
				String industry = rs.getString(3);
				var day = SqlTime.instant(rs, "ordered_at").atZone(clock.getZone()).toLocalDate();
				histories.computeIfAbsent(client, id -> new History(id, manager, industry, new ArrayList<>()))
					.orders()
					.add(day);
				return null;
			})
			.list();
		return histories;
	}

	private static int median(List<Integer> values) {
		var sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (int) Math.round((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
	}

}
