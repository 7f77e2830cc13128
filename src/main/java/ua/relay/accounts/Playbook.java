package ua.relay.accounts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.accounts.domain.PlaybookRule;
import ua.relay.platform.Actor;
import ua.relay.platform.DomainException;
import ua.relay.platform.SqlTime;

/**
 * The account managers' playbook: the head's rules in order, and for a client the advice of the first
 * rule that fits it (what to do, what to say, and which rule said so).
 */
@Service
public class Playbook {

	private final JdbcClient jdbc;

	private final Portfolio portfolio;

	private final Clock clock;

	Playbook(JdbcClient jdbc, Portfolio portfolio, Clock clock) {
		this.jdbc = jdbc;
		this.portfolio = portfolio;
		this.clock = clock;
	}

	/** The advice for a client: the rule's name, the action and the talking points. */
	public record Advice(String rule, String action, String talkingPoints) {
	}

	public List<PlaybookRule> rules() {
		return jdbc.sql("select * from accounts_playbook_rule order by position, name")
			.query((rs, n) -> new PlaybookRule(rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("name"),
					rs.getString("industry"), rs.getString("size_band"), (Integer) rs.getObject("min_days_since"),
					(Integer) rs.getObject("max_days_since"), rs.getString("bought_contains"),
					(Integer) rs.getObject("min_orders_per_year"), rs.getString("action"), rs.getString("talking_points")))
			.list();
	}

	@Transactional
	public UUID add(PlaybookRule rule, Actor actor) {
		requireHead(actor);
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into accounts_playbook_rule (id, position, name, industry, size_band, min_days_since, max_days_since,
				                                    bought_contains, min_orders_per_year, action, talking_points)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, rule.position(), rule.name().strip(), blank(rule.industry()), blank(rule.sizeBand()),
					rule.minDaysSince(), rule.maxDaysSince(), blank(rule.boughtContains()), rule.minOrdersPerYear(),
					rule.action().strip(), rule.talkingPoints().strip())
			.update();
		return id;
	}

	@Transactional
	public void remove(UUID id, Actor actor) {
		requireHead(actor);
		jdbc.sql("delete from accounts_playbook_rule where id = ?").param(id).update();
	}

	/** What the playbook says about this client, if any rule fits it. */
	public Optional<Advice> adviceFor(UUID clientId, Actor actor) {
		var client = portfolio.client(clientId, actor);
		var today = LocalDate.now(clock);
		var bought = new ArrayList<String>();
		var days = new ArrayList<LocalDate>();
		jdbc.sql("select description, ordered_at from accounts_order where client_id = ? order by ordered_at")
			.param(clientId)
			.query((rs, n) -> {
				bought.add(rs.getString(1));
				days.add(SqlTime.instant(rs, "ordered_at").atZone(clock.getZone()).toLocalDate());
				return null;
			})
			.list();
		long since = days.isEmpty() ? 0 : ChronoUnit.DAYS.between(days.get(days.size() - 1), today);
		double perYear = days.stream().filter(d -> d.isAfter(today.minusYears(1))).count();
		var company = client.company();
		var facts = new PlaybookRule.ClientFacts(company.industry(),
				company.sizeBand() == null ? null : company.sizeBand().name(), since, bought, perYear);
		return rules().stream()
			.filter(rule -> rule.fits(facts))
			.findFirst()
			.map(rule -> new Advice(rule.name(), rule.action(), rule.talkingPoints()));
	}

	private static void requireHead(Actor actor) {
		if (!actor.seesEverything()) {
			throw DomainException.forbidden("playbook.head-only", "Only the head of sales writes the playbook");
		}
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
