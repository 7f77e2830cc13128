package ua.relay.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the top bar's bell tells each employee, written in the transaction of what it tells about (so a
 * lead that exists was announced, and one rolled back was not), read and marked read by its reader alone.
 */
@Service
public class Notifications {

	/** How many a list shows; the older ones stay readable where they point. */
	public static final int SHOWN = 50;

	private final JdbcClient jdbc;

	private final Clock clock;

	Notifications(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public enum Kind {

		/** A lead landed with the closer; subject: the company. */
		NEW_LEAD,
		/** Tier 2 turned the caller's lead down; detail: why. */
		LEAD_RETURNED,
		/** A meeting starts within a quarter of an hour; detail: when. */
		MEETING_SOON,
		/** A task is due within a quarter of an hour; detail: what. */
		TASK_SOON,
		/** A client is due to buy again; detail: why. */
		CLIENT_REMINDER,
		/** An invoice passed its due day unpaid; detail: its number. */
		INVOICE_OVERDUE,
		/** An import that ran in the background finished; detail: how it went. */
		IMPORT_FINISHED

	}

	public record View(UUID id, Kind kind, String subject, String detail, String path, Instant createdAt, boolean read) {
	}

	/** Tells the employee; part of the caller's transaction. */
	public void notify(UUID employee, Kind kind, String subject, String detail, String path) {
		Objects.requireNonNull(employee, "employee");
		jdbc.sql("""
				insert into platform_notification (id, employee_id, kind, subject, detail, path, created_at)
				values (:id, :employee, :kind, :subject, :detail, :path, :now)
				""")
			.param("id", UUID.randomUUID())
			.param("employee", employee)
			.param("kind", kind.name())
			.param("subject", cut(subject, 400))
			.param("detail", detail == null ? null : cut(detail, 1000))
			.param("path", path)
			.param("now", SqlTime.of(clock.instant()))
			.update();
	}

	public long unread(Actor actor) {
		return actor.employee()
			.map(me -> jdbc.sql("select count(*) from platform_notification where employee_id = :me and read_at is null")
				.param("me", me)
				.query(Long.class)
				.single())
			.orElse(0L);
	}

	/** The newest first, unread or not. */
	public List<View> recent(Actor actor) {
		return actor.employee().map(me -> jdbc.sql("""
				select id, kind, subject, detail, path, created_at, read_at from platform_notification
				where employee_id = :me order by created_at desc, id limit :shown""")
			.param("me", me)
			.param("shown", SHOWN)
			.query((rs, n) -> new View(rs.getObject("id", UUID.class), Kind.valueOf(rs.getString("kind")),
					rs.getString("subject"), rs.getString("detail"), rs.getString("path"), SqlTime.instant(rs, "created_at"),
					rs.getTimestamp("read_at") != null))
			.list()).orElse(List.of());
	}

	/** Marks the reader's notification read and says where it points; empty if it is not theirs. */
	@Transactional
	public Optional<String> open(UUID id, Actor actor) {
		var me = actor.employee();
		if (me.isEmpty()) {
			return Optional.empty();
		}
		jdbc.sql("update platform_notification set read_at = :now where id = :id and employee_id = :me and read_at is null")
			.param("now", SqlTime.of(clock.instant()))
			.param("id", id)
			.param("me", me.get())
			.update();
		return jdbc.sql("select path from platform_notification where id = :id and employee_id = :me")
			.param("id", id)
			.param("me", me.get())
			.query(String.class)
			.optional();
	}

	@Transactional
	public int readAll(Actor actor) {
		return actor.employee()
			.map(me -> jdbc.sql("update platform_notification set read_at = :now where employee_id = :me and read_at is null")
				.param("now", SqlTime.of(clock.instant()))
				.param("me", me)
				.update())
			.orElse(0);
	}

	/** Everyone's notifications made before {@code moment} count as read (the demo's months of history). */
	@Transactional
	public int readBefore(Instant moment) {
		return jdbc.sql("update platform_notification set read_at = created_at where read_at is null and created_at < :moment")
			.param("moment", SqlTime.of(moment))
			.update();
	}

	private static String cut(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

}
