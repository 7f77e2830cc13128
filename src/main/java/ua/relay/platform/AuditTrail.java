package ua.relay.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import ua.relay.platform.security.RelayUserDetails;

/**
 * The audit trail: an append-only record of who did what and when. A module records what it did in the
 * transaction that did it, so an action undone by a failure leaves no line; the actor is whoever is
 * signed in (or named), the address that of the request. Nothing updates or deletes a line.
 */
@Service
public class AuditTrail {

	/** The actions recorded, each named by {@code audit.action.<code>} in the messages. */
	public static final Set<String> ACTIONS = Set.of("setup", "sign-in", "sign-in-failed", "user-created",
			"password-changed", "password-reset", "employee-hired", "employee-left", "organisation-mode",
			"reassigned", "settings", "commission-plan", "import", "import-undone", "client-import", "invoice",
			"payment", "payment-cancelled", "export", "token-issued", "token-revoked", "team", "invitation-sent",
			"invitation-accepted", "employee-moved", "second-factor",
			"deal-import", "calendar-feed");

	private static final int PAGE = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One line of the trail. */
	public record Entry(long id, Instant at, String actor, String actorName, String address, String action,
			String subject, String details) {
	}

	/** Which lines to show: any of the parts may be left out. */
	public record Filter(LocalDate from, LocalDate to, String actor, String action) {

		public static Filter none() {
			return new Filter(null, null, null, null);
		}

	}

	/** Records what the one signed in did now. */
	public void record(String action, String subject, String details) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		String login = null;
		String name = null;
		if (authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof RelayUserDetails holder) {
			login = holder.actor().username();
			name = holder.actor().displayName();
		}
		insert(login, name, action, subject, details);
	}

	/** Records what {@code actor} did now. */
	public void record(Actor actor, String action, String subject, String details) {
		insert(actor == null ? null : actor.username(), actor == null ? null : actor.displayName(), action, subject, details);
	}

	/** Records what someone not (yet) signed in did: a sign-in, a failed one, the setup. */
	public void recordAs(String login, String action, String subject, String details) {
		insert(login, null, action, subject, details);
	}

	private void insert(String login, String name, String action, String subject, String details) {
		if (!ACTIONS.contains(action)) {
			throw new IllegalArgumentException("Unknown audit action " + action);
		}
		jdbc.sql("""
				insert into platform_audit (at, actor, actor_name, address, action, subject, details)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(SqlTime.of(clock.instant()), cut(login, 64), cut(name, 200), cut(address(), 64), action,
					cut(subject, 300), cut(details, 2000))
			.update();
	}

	/** The lines the filter lets through, the newest first, a page of a hundred ({@code page} from 0). */
	public List<Entry> list(Filter filter, int page) {
		return query(filter, " limit " + PAGE + " offset " + Math.max(0, page) * PAGE);
	}

	/** All the lines the filter lets through, the newest first, up to {@code limit}: for a download. */
	public List<Entry> all(Filter filter, int limit) {
		return query(filter, " limit " + Math.max(1, limit));
	}

	public static int pageSize() {
		return PAGE;
	}

	private List<Entry> query(Filter filter, String limit) {
		var where = new ArrayList<String>();
		var params = new java.util.LinkedHashMap<String, Object>();
		if (filter.from() != null) {
			where.add("at >= :from");
			params.put("from", SqlTime.of(filter.from().atStartOfDay(clock.getZone()).toInstant()));
		}
		if (filter.to() != null) {
			where.add("at < :to");
			params.put("to", SqlTime.of(filter.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
		}
		if (filter.actor() != null && !filter.actor().isBlank()) {
			where.add("actor = :actor");
			params.put("actor", filter.actor().strip());
		}
		if (filter.action() != null && !filter.action().isBlank()) {
			where.add("action = :action");
			params.put("action", filter.action().strip());
		}
		var spec = jdbc.sql("select * from platform_audit" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
				+ " order by id desc" + limit);
		for (var param : params.entrySet()) {
			spec = spec.param(param.getKey(), param.getValue());
		}
		return spec.query((rs, n) -> new Entry(rs.getLong("id"), SqlTime.instant(rs, "at"), rs.getString("actor"),
				rs.getString("actor_name"), rs.getString("address"), rs.getString("action"), rs.getString("subject"),
				rs.getString("details")))
			.list();
	}

	private static String address() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getRemoteAddr() : null;
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
