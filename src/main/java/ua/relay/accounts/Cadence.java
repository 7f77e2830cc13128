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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.accounts.domain.BuyingRhythm;
import ua.relay.party.CompanyDirectory;
import ua.relay.party.CompanyId;
import ua.relay.platform.Actor;
import ua.relay.platform.DomainException;
import ua.relay.platform.Notifications;
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

	private final Notifications notifications;

	private final CompanyDirectory companies;

	Cadence(JdbcClient jdbc, AccountsProperties settings, Clock clock, Notifications notifications,
			CompanyDirectory companies) {
		this.notifications = notifications;
		this.companies = companies;
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	private record History(UUID client, UUID company, UUID manager, String industry, List<LocalDate> orders) {
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

	/**
	 * Makes today's reminders: one task per client due to buy and its expected day, kept if made already
	 * ({@link ReminderSweeps} says when). A reminder another instance's sweep makes at the same moment is
	 * left to it: the unique (client, source, expected day) lets one insert through and skips the other.
	 */
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
			String title = (rhythm.fromOwnHistory() ? "Замовляє кожні %d дн." : "Зазвичай у галузі кожні %d дн.")
				.formatted(rhythm.intervalDays()) + "; %d дн. від останнього: зателефонувати".formatted(rhythm.daysSinceLast())
					+ (rhythm.atRisk() ? " (під загрозою відтоку)" : "");
			int inserted = jdbc.sql("""
					insert into accounts_task (id, client_id, assignee, title, due_on, source, expected_on, created_at,
					                           interval_days, own_history, days_since, at_risk)
					values (:id, :client, :manager, :title, :today, 'CADENCE', :expected, :now, :interval, :own, :since, :risk)
					on conflict do nothing
					""")
				.param("id", UUID.randomUUID())
				.param("client", rhythm.clientId())
				.param("manager", h.manager())
				.param("title", title)
				.param("today", today)
				.param("expected", rhythm.nextExpected())
				.param("now", SqlTime.of(clock.instant()))
				.param("interval", rhythm.intervalDays())
				.param("own", rhythm.fromOwnHistory())
				.param("since", rhythm.daysSinceLast())
				.param("risk", rhythm.atRisk())
				.update();
			if (inserted == 0) {
				continue; // made already, by an earlier sweep or by another instance's at this moment
			}
			notifications.notify(h.manager(), Notifications.Kind.CLIENT_REMINDER,
					companies.getCard(new CompanyId(h.company())).displayName(), title, "/accounts/clients/" + rhythm.clientId());
			made++;
		}
		log.info("Reminders: {} made for {}", made, today);
		return made;
	}

	/**
	 * A reminder to call a client: why (its interval, from its own history or its industry's, the days since
	 * its last order, whether it is at risk; {@code intervalDays} null for a reminder made before these were
	 * kept, which has only its Ukrainian {@code title}).
	 */
	public record Reminder(UUID id, UUID clientId, String company, String title, LocalDate dueOn, Integer intervalDays,
			boolean ownHistory, Integer daysSince, boolean atRisk) {
	}

	/** The open reminders of the account manager (all for the head), the oldest first. */
	public List<Reminder> reminders(Actor actor) {
		String mine = actor.seesEverything() ? "" : " and t.assignee = :me";
		var spec = jdbc.sql("""
				select t.id, t.client_id, t.title, t.due_on, co.name, t.interval_days, t.own_history, t.days_since, t.at_risk
				from accounts_task t
				join accounts_client c on c.id = t.client_id join party_company co on co.id = c.company_id
				where t.done_at is null and t.due_on <= :today""" + mine + " order by t.due_on, t.created_at")
			.param("today", LocalDate.now(clock));
		if (!actor.seesEverything()) {
			spec = spec.param("me", actor.requireEmployee());
		}
		return spec.query((rs, n) -> new Reminder(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(5),
				rs.getString(3), rs.getObject(4, LocalDate.class), (Integer) rs.getObject(6, Integer.class),
				rs.getBoolean(7), (Integer) rs.getObject(8, Integer.class), rs.getBoolean(9))).list();
	}

	/** The account manager acted on the reminder (called, took an order) and says what came of it. */
	public void done(UUID reminder, Actor actor) {
		done(reminder, null, null, actor);
	}

	/** The account manager acted on the reminder and says what came of it, with a note if they like. */
	@Transactional
	public void done(UUID reminder, ReminderResult result, String note, Actor actor) {
		if (note != null && note.strip().length() > 500) {
			throw DomainException.invalid("reminder.note", "A reminder's note is up to 500 characters");
		}
		int updated = jdbc.sql("""
				update accounts_task set done_at = :now, result = :result, result_note = :note
				where id = :id and assignee = :me and done_at is null
				""")
			.param("now", SqlTime.of(clock.instant()))
			.param("result", result == null ? null : result.name())
			.param("note", note == null || note.isBlank() ? null : note.strip())
			.param("id", reminder)
			.param("me", actor.requireEmployee())
			.update();
		if (updated != 1) {
			throw DomainException.notFound("reminder.not-found", "No open reminder " + reminder + " of yours");
		}
	}

	/** A reminder marked done by mistake is open again, its result forgotten: only its own manager's to undo. */
	@Transactional
	public void reopen(UUID reminder, Actor actor) {
		int updated = jdbc.sql("""
				update accounts_task set done_at = null, result = null, result_note = null
				where id = :id and assignee = :me and done_at is not null
				""")
			.param("id", reminder)
			.param("me", actor.requireEmployee())
			.update();
		if (updated != 1) {
			throw DomainException.notFound("reminder.not-found", "No done reminder " + reminder + " of yours");
		}
	}

	private Map<UUID, History> histories() {
		var histories = new HashMap<UUID, History>();
		jdbc.sql("""
				select c.id, c.account_manager_id, co.industry, o.ordered_at, c.company_id
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
				var company = rs.getObject("company_id", UUID.class);
				histories.computeIfAbsent(client, id -> new History(id, company, manager, industry, new ArrayList<>()))
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
