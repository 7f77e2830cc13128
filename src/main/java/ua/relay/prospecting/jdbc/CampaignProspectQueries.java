package ua.relay.prospecting.jdbc;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.platform.SqlTime;

/** A campaign's prospects a page at a time, in a status or all, sorted by a column the page names. */
@Repository
public class CampaignProspectQueries {

	/** The columns a list may be sorted by, and their SQL; the id breaks ties so pages do not overlap. */
	private static final Map<String, String> ORDER = Map.of("status", "status, id", "attempts", "attempts, id",
			"called", "last_called_at, id", "due", "due_at, id");

	private final JdbcClient jdbc;

	CampaignProspectQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Row(UUID id, UUID companyId, String status, int attempts, Instant lastCalledAt, Instant dueAt) {
	}

	public List<Row> page(UUID campaign, String status, String sort, int limit, int offset) {
		String column = sort.replaceFirst("^-", "");
		String order = ORDER.getOrDefault(column, ORDER.get("due"));
		if (sort.startsWith("-")) {
			order = order.replace(", id", " desc, id desc");
		}
		var params = new HashMap<String, Object>(Map.of("campaign", campaign, "limit", limit, "offset", offset));
		if (status != null) {
			params.put("status", status);
		}
		return jdbc.sql("select id, company_id, status, attempts, last_called_at, due_at from prospecting_prospect"
				+ " where campaign_id = :campaign" + (status == null ? "" : " and status = :status")
				+ " order by " + order + " limit :limit offset :offset")
			.params(params)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("company_id", UUID.class),
					rs.getString("status"), rs.getInt("attempts"), SqlTime.instant(rs, "last_called_at"),
					SqlTime.instant(rs, "due_at")))
			.list();
	}

	public long count(UUID campaign, String status) {
		var spec = jdbc.sql("select count(*) from prospecting_prospect where campaign_id = :campaign"
				+ (status == null ? "" : " and status = :status"))
			.param("campaign", campaign);
		if (status != null) {
			spec = spec.param("status", status);
		}
		return spec.query(Long.class).single();
	}

}
