package ua.relay.prospecting.jdbc;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.platform.SqlTime;

/** The prospects a search may show: a caller's are those they hold now or owe a callback. */
@Repository
public class ProspectSearchQueries {

	private static final String OWN = "(holder_id = :caller or callback_owner = :caller)";

	private final JdbcClient jdbc;

	ProspectSearchQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Found(UUID id, UUID companyId, boolean held, Instant callbackAt) {
	}

	public List<UUID> companiesOf(UUID caller) {
		return jdbc.sql("select company_id from prospecting_prospect where " + OWN)
			.param("caller", caller)
			.query(UUID.class)
			.list();
	}

	/** The prospects of these companies: all of them, or a caller's own when {@code caller} is given. */
	public List<Found> of(Collection<UUID> companies, UUID caller) {
		var spec = jdbc.sql("select id, company_id, holder_id, callback_owner, due_at from prospecting_prospect"
				+ " where company_id in (:companies)" + (caller == null ? "" : " and " + OWN))
			.param("companies", companies);
		if (caller != null) {
			spec = spec.param("caller", caller);
		}
		return spec.query((rs, n) -> {
			UUID holder = rs.getObject("holder_id", UUID.class);
			UUID owner = rs.getObject("callback_owner", UUID.class);
			Instant due = SqlTime.instant(rs, "due_at");
			return new Found(rs.getObject("id", UUID.class), rs.getObject("company_id", UUID.class),
					caller == null || caller.equals(holder), owner != null ? due : null);
		}).list();
	}

}
