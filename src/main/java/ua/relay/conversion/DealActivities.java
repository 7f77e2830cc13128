package ua.relay.conversion;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.conversion.domain.ConversionException;
import ua.relay.party.CompanyDirectory;
import ua.relay.party.CompanyId;
import ua.relay.platform.Actor;
import ua.relay.platform.SqlTime;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Staff;

/**
 * A deal's timeline (calls, meetings, e-mails, notes, as the closer records them) and the closer's tasks
 * with their due dates. Only the deal's closer writes; who may see the deal may read.
 */
@Service
public class DealActivities {

	private static final int MAX_SUMMARY = 2_000;

	private static final int MAX_TITLE = 300;

	private final JdbcClient jdbc;

	private final ConversionQueries deals;

	private final Staff staff;

	private final CompanyDirectory companies;

	private final Clock clock;

	DealActivities(JdbcClient jdbc, ConversionQueries deals, Staff staff, CompanyDirectory companies, Clock clock) {
		this.jdbc = jdbc;
		this.deals = deals;
		this.staff = staff;
		this.companies = companies;
		this.clock = clock;
	}

	/** Records a contact; {@code happenedAt} may lie in the past (a call logged afterwards), not ahead. */
	@Transactional
	public UUID record(DealId dealId, ActivityKind kind, String summary, Instant happenedAt, Actor actor) {
		var closer = requireCloser(dealId, actor);
		var now = clock.instant();
		var when = happenedAt == null ? now : happenedAt;
		if (when.isAfter(now.plusSeconds(60))) {
			throw ConversionException.invalid("activity.in-future", "An activity is recorded once it has happened");
		}
		var text = required(summary, "activity.summary", MAX_SUMMARY);
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into conversion_activity (id, deal_id, kind, happened_at, summary, by_employee, created_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, dealId.value(), kind.name(), SqlTime.of(when), text, closer.value(), SqlTime.of(now))
			.update();
		return id;
	}

	/** A task, or a meeting the closer planned themselves (its start as the due time). */
	@Transactional
	public UUID plan(DealId dealId, String title, Instant dueAt, boolean meeting, Actor actor) {
		var closer = requireCloser(dealId, actor);
		if (dueAt == null) {
			throw ConversionException.invalid("task.due", "A task has a due time");
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into conversion_task (id, deal_id, title, due_at, assignee, created_at, kind)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, dealId.value(), required(title, "task.title", MAX_TITLE), SqlTime.of(dueAt), closer.value(),
					SqlTime.of(clock.instant()), meeting ? "MEETING" : "TASK")
			.update();
		return id;
	}

	/**
	 * The meeting tier 1 booked becomes the closer's task when they accept its lead: due when it starts, keyed
	 * by the lead (so a lead gives one, however often its acceptance is retried), told of already if the lead's
	 * meeting was.
	 */
	void meetingBooked(LeadId lead, DealId deal, EmployeeId closer, Instant start) {
		jdbc.sql("""
				insert into conversion_task (id, deal_id, title, due_at, assignee, created_at, kind, reminded_at)
				values (:id, :deal, '', :due, :closer, :now, 'MEETING',
				        (select l.meeting_reminded_at from conversion_lead l where l.id = :id))
				""")
			.param("id", lead.value())
			.param("deal", deal.value())
			.param("due", SqlTime.of(start))
			.param("closer", closer.value())
			.param("now", SqlTime.of(clock.instant()))
			.update();
	}

	/** Marks the task done; only its assignee can, and only once. */
	@Transactional
	public void done(UUID taskId, Actor actor) {
		var task = jdbc.sql("select assignee, done_at from conversion_task where id = ?")
			.param(taskId)
			.query((rs, n) -> new OpenOrDone(rs.getObject(1, UUID.class), rs.getTimestamp(2) != null))
			.optional()
			.orElseThrow(() -> ConversionException.notFound("task", taskId));
		if (!task.assignee().equals(actor.employeeId())) {
			throw ConversionException.notYours("task", taskId);
		}
		if (task.done()) {
			throw ConversionException.alreadyDone("task", taskId);
		}
		int updated = jdbc.sql("update conversion_task set done_at = ? where id = ? and done_at is null")
			.params(SqlTime.of(clock.instant()), taskId)
			.update();
		if (updated != 1) {
			throw ConversionException.alreadyDone("task", taskId);
		}
	}

	private record OpenOrDone(UUID assignee, boolean done) {
	}

	/** The deal's timeline, the latest first. */
	public List<ActivityView> timeline(DealId dealId, Actor actor) {
		deals.deal(dealId, actor);
		var rows = jdbc.sql("""
				select id, kind, happened_at, summary, by_employee from conversion_activity
				where deal_id = ? order by happened_at desc
				""")
			.param(dealId.value())
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), ActivityKind.valueOf(rs.getString(2)),
					SqlTime.instant(rs, "happened_at"), rs.getString(4), new EmployeeId(rs.getObject(5, UUID.class)) })
			.list();
		var names = staff.names(rows.stream().map(r -> (EmployeeId) r[4]).toList());
		return rows.stream()
			.map(r -> new ActivityView((UUID) r[0], (ActivityKind) r[1], (Instant) r[2], (String) r[3],
					names.get((EmployeeId) r[4])))
			.toList();
	}

	public List<TaskView> tasksOf(DealId dealId, Actor actor) {
		var deal = deals.deal(dealId, actor);
		return tasks("where t.deal_id = :deal order by t.done_at nulls first, t.due_at", java.util.Map.of("deal", dealId.value()),
				deal.company().name());
	}

	/** The closer's open tasks on all their deals, the most pressing first; everyone's for the head and the administrator. */
	public List<TaskView> openTasks(Actor actor) {
		if (actor.seesEverything()) {
			return tasks("where t.done_at is null order by t.due_at", java.util.Map.of(), null);
		}
		return tasks("where t.assignee = :me and t.done_at is null order by t.due_at", java.util.Map.of("me", actor.requireEmployee()),
				null);
	}

	private List<TaskView> tasks(String where, java.util.Map<String, ?> params, String company) {
		var now = clock.instant();
		var rows = jdbc.sql("select t.id, t.deal_id, t.title, t.due_at, t.done_at, d.company_id, t.kind from conversion_task t"
				+ " join conversion_deal d on d.id = t.deal_id " + where)
			.params(params)
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), new DealId(rs.getObject(2, UUID.class)),
					rs.getString(3), SqlTime.instant(rs, "due_at"), SqlTime.instant(rs, "done_at"),
					new CompanyId(rs.getObject(6, UUID.class)), "MEETING".equals(rs.getString(7)) })
			.list();
		var cards = company != null ? java.util.Map.<CompanyId, ua.relay.party.CompanyCard>of()
				: companies.cards(rows.stream().map(r -> (CompanyId) r[5]).toList());
		return rows.stream().map(r -> {
			var done = (Instant) r[4];
			var due = (Instant) r[3];
			String name = company != null ? company : cards.get((CompanyId) r[5]).displayName();
			return new TaskView((UUID) r[0], (DealId) r[1], name, (String) r[2], due, done, done == null && now.isAfter(due),
					(Boolean) r[6]);
		}).toList();
	}

	private EmployeeId requireCloser(DealId dealId, Actor actor) {
		var deal = deals.deal(dealId, actor);
		var closer = new EmployeeId(actor.requireEmployee());
		if (!deal.closerId().equals(closer)) {
			throw ConversionException.notYours("deal", dealId);
		}
		return closer;
	}

	private static String required(String text, String code, int max) {
		if (text == null || text.isBlank() || text.strip().length() > max) {
			throw ConversionException.invalid(code, "Required, at most " + max + " characters");
		}
		return text.strip();
	}

}
