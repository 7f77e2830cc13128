package ua.relay.prospecting.jdbc;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.platform.SqlTime;
import ua.relay.prospecting.Campaign;
import ua.relay.prospecting.CampaignYield;
import ua.relay.prospecting.SelectionRule;
import ua.relay.prospecting.domain.SelectionCriteria;
import ua.relay.salesorg.EmployeeId;

/** Campaigns with their rules and callers, and which queued prospect belongs to which. */
@Repository
public class CampaignStore {

	private final JdbcClient jdbc;

	CampaignStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void save(Campaign c, Instant now) {
		String days = c.days().stream().map(DayOfWeek::name).sorted().collect(Collectors.joining(","));
		int updated = jdbc.sql("""
				update prospecting_campaign set name = ?, active = ?, weekly_target = ?, calling_days = ?, calling_from = ?,
				       calling_to = ?, version = version + 1
				where id = ?
				""")
			.params(c.name(), c.active(), c.weeklyTarget(), days, c.callingFrom(), c.callingTo(), c.id())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into prospecting_campaign (id, name, active, weekly_target, calling_days, calling_from, calling_to,
					                                  created_at, version)
					values (?, ?, ?, ?, ?, ?, ?, ?, 0)
					""")
				.params(c.id(), c.name(), c.active(), c.weeklyTarget(), days, c.callingFrom(), c.callingTo(),
						SqlTime.of(now))
				.update();
		}
		jdbc.sql("delete from prospecting_campaign_rule where campaign_id = ?").param(c.id()).update();
		for (int i = 0; i < c.rules().size(); i++) {
			var rule = c.rules().get(i);
			jdbc.sql("""
					insert into prospecting_campaign_rule (campaign_id, position, effect, attribute, rule_values)
					values (?, ?, ?, ?, ?)
					""")
				.params(c.id(), i, rule.effect().name(), rule.attribute().name(), String.join("\n", rule.values()))
				.update();
		}
		jdbc.sql("delete from prospecting_campaign_caller where campaign_id = ?").param(c.id()).update();
		for (EmployeeId caller : c.callers()) {
			jdbc.sql("insert into prospecting_campaign_caller (campaign_id, caller_id) values (?, ?)")
				.params(c.id(), caller.value())
				.update();
		}
	}

	public List<Campaign> all() {
		return jdbc.sql("select * from prospecting_campaign order by created_at, id")
			.query((rs, n) -> new Campaign(rs.getObject("id", UUID.class), rs.getString("name"), rs.getBoolean("active"),
					rs.getInt("weekly_target"), days(rs.getString("calling_days")),
					rs.getObject("calling_from", LocalTime.class), rs.getObject("calling_to", LocalTime.class),
					rules(rs.getObject("id", UUID.class)), callers(rs.getObject("id", UUID.class))))
			.list();
	}

	public Optional<Campaign> find(UUID id) {
		return all().stream().filter(c -> c.id().equals(id)).findFirst();
	}

	/** Takes the queued prospects away from every campaign, then gives each to the first active campaign that selects it. */
	public void reassign(List<Campaign> campaigns) {
		jdbc.sql("update prospecting_prospect set campaign_id = null where campaign_id is not null and status in ('QUEUED', 'RETRY', 'CALLBACK')")
			.update();
		for (Campaign campaign : campaigns) {
			if (!campaign.active()) {
				continue;
			}
			var params = new java.util.HashMap<String, Object>();
			String where = new SelectionCriteria(campaign.rules()).toSql(params);
			params.put("campaign", campaign.id());
			jdbc.sql("update prospecting_prospect set campaign_id = :campaign where campaign_id is null"
					+ " and status in ('QUEUED', 'RETRY', 'CALLBACK') and " + where)
				.params(params)
				.update();
		}
	}

	/** How many queued prospects the rules select, leaving out those barred from calls. */
	public long count(SelectionCriteria criteria) {
		var params = new java.util.HashMap<String, Object>();
		String where = criteria.toSql(params);
		return jdbc.sql("""
				select count(*) from prospecting_prospect p
				where p.status in ('QUEUED', 'RETRY', 'CALLBACK')
				  and not exists (select 1 from prospecting_do_not_call d where d.company_id = p.company_id)
				  and """ + " " + where)
			.params(params)
			.query(Long.class)
			.single();
	}

	public Map<String, Object> facts(UUID prospect) {
		return jdbc.sql("""
				select status, industry, size_band, region, source, campaign_id, last_called_at, company_id
				from prospecting_prospect where id = ?
				""")
			.param(prospect)
			.query()
			.singleRow();
	}

	public Optional<UUID> prospectOf(ua.relay.party.CompanyId company) {
		return jdbc.sql("select id from prospecting_prospect where company_id = ?").param(company.value())
			.query(UUID.class)
			.optional();
	}

	/** Keeps with a new prospect what the selection criteria look at, and its campaign. */
	public void recordFacts(UUID prospect, SelectionCriteria.Facts facts, UUID campaign) {
		jdbc.sql("update prospecting_prospect set industry = ?, size_band = ?, region = ?, campaign_id = ? where id = ?")
			.params(facts.industry(), facts.sizeBand(), facts.region(), campaign, prospect)
			.update();
	}

	private List<SelectionRule> rules(UUID campaign) {
		return jdbc.sql("select effect, attribute, rule_values from prospecting_campaign_rule where campaign_id = ? order by position")
			.param(campaign)
			.query((rs, n) -> new SelectionRule(SelectionRule.Effect.valueOf(rs.getString(1)),
					SelectionRule.Attribute.valueOf(rs.getString(2)),
					new HashSet<>(Arrays.asList(rs.getString(3).split("\n")))))
			.list();
	}

	private java.util.Set<EmployeeId> callers(UUID campaign) {
		return new HashSet<>(jdbc.sql("select caller_id from prospecting_campaign_caller where campaign_id = ?")
			.param(campaign)
			.query((rs, n) -> new EmployeeId(rs.getObject(1, UUID.class)))
			.list());
	}

	private static java.util.Set<DayOfWeek> days(String text) {
		var days = EnumSet.noneOf(DayOfWeek.class);
		for (String day : text.split(",")) {
			if (!day.isBlank()) {
				days.add(DayOfWeek.valueOf(day));
			}
		}
		return days;
	}

	/** Per campaign: the hand-overs of its prospects, those accepted and those rejected by tier 2. */
	public Map<UUID, CampaignYield> yields() {
		var yields = new HashMap<UUID, CampaignYield>();
		jdbc.sql("""
				select p.campaign_id, count(*), count(h.accepted_at), count(h.rejected_at)
				from prospecting_hand_over h join prospecting_prospect p on p.id = h.prospect_id
				where p.campaign_id is not null
				group by p.campaign_id
				""")
			.query((rs, n) -> yields.put(rs.getObject(1, UUID.class),
					new CampaignYield(rs.getLong(2), rs.getLong(3), rs.getLong(4))))
			.list();
		return yields;
	}

}
