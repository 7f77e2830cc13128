package ua.relay.conversion;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import ua.relay.conversion.domain.ConversionException;
import ua.relay.conversion.jdbc.Qualification;
import ua.relay.party.CompanyDirectory;
import ua.relay.party.CompanyId;
import ua.relay.platform.Actor;
import ua.relay.platform.ListPage;
import ua.relay.platform.SqlTime;
import ua.relay.prospecting.Meeting;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Staff;

/** Tier 2's lists and cards; a closer sees their own leads and deals, the head sees all. */
@Service
public class ConversionQueries {

	private static final int LIST_LIMIT = 200;

	private final JdbcClient jdbc;

	private final CompanyDirectory companies;

	private final Staff staff;

	private final Clock clock;

	ConversionQueries(JdbcClient jdbc, CompanyDirectory companies, Staff staff, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.companies = companies;
		this.staff = staff;
	}

	private record LeadRow(UUID id, UUID company, UUID caller, UUID closer, String note, boolean urgent,
			String qualification, Instant at, String reason, String status, Instant meetingStart, Instant meetingEnd,
			UUID meetingEntry, String rejectionReason, Instant firstTouchDue, Instant firstTouchedAt, boolean escalated) {
	}

	private record DealRow(UUID id, UUID lead, UUID company, UUID closer, String stage, BigDecimal amount,
			Instant openedAt, Instant closedAt, String note, LocalDate expectedClose, int probability,
			Instant stageChangedAt, String lostReason, LocalDate recontactOn, int version, UUID caller,
			Instant meetingStart, Instant meetingEnd) {
	}

	public List<LeadView> newLeads(Actor actor) {
		return leads("where l.status = 'NEW'" + ownedBy(actor) + " order by l.urgent desc, l.handed_over_at", actor);
	}

	public LeadView lead(LeadId id, Actor actor) {
		var found = leads("where l.id = :id", actor, id.value());
		if (found.isEmpty()) {
			throw ConversionException.notFound("lead", id);
		}
		requireVisible(found.get(0).closerId(), actor, "lead", id);
		return found.get(0);
	}

	public List<DealView> deals(Actor actor, boolean open) {
		String stages = open ? "d.closed_at is null" : "d.closed_at is not null";
		return deals("where " + stages + ownedBy(actor).replace("l.closer_id", "d.closer_id")
				+ " order by coalesce(d.closed_at, d.opened_at) desc", actor);
	}

	/** The closed deals, the latest first, a page at a time; the page is read from the database, not cut from a list. */
	public ListPage<DealView> closedDeals(Actor actor, int page) {
		String mine = ownedBy(actor).replace("l.closer_id", "d.closer_id");
		var count = jdbc.sql("select count(*) from conversion_deal d where d.closed_at is not null" + mine);
		long total = (actor.seesEverything() ? count : count.param("me", actor.requireEmployee())).query(Long.class).single();
		int shown = ListPage.shown(page, total, ListPage.SIZE);
		var items = dealsWhere("where d.closed_at is not null" + mine + " order by d.closed_at desc, d.id offset "
				+ (shown - 1) * ListPage.SIZE + " rows fetch next " + ListPage.SIZE + " rows only", false, actor);
		return new ListPage<>(items, shown, ListPage.SIZE, total);
	}

	public DealView deal(DealId id, Actor actor) {
		var found = deals("where d.id = :id", actor, id.value());
		if (found.isEmpty()) {
			throw ConversionException.notFound("deal", id);
		}
		requireVisible(found.get(0).closerId(), actor, "deal", id);
		return found.get(0);
	}

	private List<LeadView> leads(String where, Actor actor, Object... id) {
		var spec = jdbc.sql("""
				select l.id, l.company_id, l.handed_over_by, l.closer_id, l.caller_note, l.urgent, l.qualification,
				       l.handed_over_at, l.assigned_reason, l.status, l.meeting_starts_at, l.meeting_ends_at,
				       l.meeting_entry_id, l.rejection_reason, l.first_touch_due, l.first_touched_at, l.escalated_at
				from conversion_lead l
				""" + where + " limit " + LIST_LIMIT);
		spec = bind(spec, actor, id);
		var rows = spec.query((rs, n) -> new LeadRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
				rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getString(5), rs.getBoolean(6),
				rs.getString(7), SqlTime.instant(rs, "handed_over_at"), rs.getString(9), rs.getString(10),
				SqlTime.instant(rs, "meeting_starts_at"), SqlTime.instant(rs, "meeting_ends_at"),
				rs.getObject(13, UUID.class), rs.getString(14), SqlTime.instant(rs, "first_touch_due"),
				SqlTime.instant(rs, "first_touched_at"), rs.getObject("escalated_at") != null)).list();
		var now = clock.instant();
		var people = new HashSet<EmployeeId>();
		rows.forEach(r -> {
			if (r.caller() != null) {
				people.add(new EmployeeId(r.caller()));
			}
			people.add(new EmployeeId(r.closer()));
		});
		var names = staff.names(people);
		var cards = companies.cards(rows.stream().map(r -> new CompanyId(r.company())).toList());
		return rows.stream()
			.map(r -> new LeadView(new LeadId(r.id()), cards.get(new CompanyId(r.company())),
					r.caller() == null ? "—" : names.get(new EmployeeId(r.caller())), r.note(), r.urgent(), Qualification.read(r.qualification()),
					r.meetingStart() == null ? null
							: new Meeting(new EmployeeId(r.closer()), r.meetingStart(), r.meetingEnd(), r.meetingEntry()),
					r.at(), names.get(new EmployeeId(r.closer())),
					new EmployeeId(r.closer()), r.reason(), r.status(), r.rejectionReason(), r.firstTouchDue(),
					late(r.firstTouchDue(), r.firstTouchedAt(), now), r.escalated()))
			.toList();
	}

	private List<DealView> deals(String where, Actor actor, Object... id) {
		return dealsWhere(where, true, actor, id);
	}

	/** {@code capped}: at most {@link #LIST_LIMIT}; a page that says its own size is not. */
	private List<DealView> dealsWhere(String where, boolean capped, Actor actor, Object... id) {
		var spec = jdbc.sql("""
				select d.id, d.lead_id, d.company_id, d.closer_id, d.stage, d.amount, d.opened_at, d.closed_at,
				       l.caller_note, d.expected_close, d.probability, d.stage_changed_at, d.lost_reason, d.recontact_on,
				       d.version, l.handed_over_by, l.meeting_starts_at, l.meeting_ends_at
				from conversion_deal d join conversion_lead l on l.id = d.lead_id
				""" + where + (capped ? " limit " + LIST_LIMIT : ""));
		spec = bind(spec, actor, id);
		var rows = spec.query((rs, n) -> new DealRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
				rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getString(5), rs.getBigDecimal(6),
				SqlTime.instant(rs, "opened_at"), SqlTime.instant(rs, "closed_at"), rs.getString(9),
				rs.getObject(10, LocalDate.class), rs.getInt(11), SqlTime.instant(rs, "stage_changed_at"), rs.getString(13),
				rs.getObject(14, LocalDate.class), rs.getInt(15), rs.getObject(16, UUID.class),
				SqlTime.instant(rs, "meeting_starts_at"), SqlTime.instant(rs, "meeting_ends_at"))).list();
		var people = new HashSet<EmployeeId>();
		rows.forEach(r -> {
			people.add(new EmployeeId(r.closer()));
			if (r.caller() != null) {
				people.add(new EmployeeId(r.caller()));
			}
		});
		var names = staff.names(people);
		var cards = companies.cards(rows.stream().map(r -> new CompanyId(r.company())).toList());
		return rows.stream()
			.map(r -> new DealView(new DealId(r.id()), new LeadId(r.lead()), cards.get(new CompanyId(r.company())),
					names.get(new EmployeeId(r.closer())), new EmployeeId(r.closer()), r.stage(), r.amount(), r.openedAt(),
					r.closedAt(), r.note(), r.expectedClose(), r.probability(), r.stageChangedAt(), r.lostReason(),
					r.recontactOn(), r.version(), r.caller() == null ? null : names.get(new EmployeeId(r.caller())),
					r.meetingStart(), r.meetingEnd()))
			.toList();
	}

	/** Tier 2's promise broken: not touched by the time due (still waiting past it, or touched late). */
	private static boolean late(Instant due, Instant touched, Instant now) {
		return due != null && (touched == null ? now.isAfter(due) : touched.isAfter(due));
	}

	private static void requireVisible(EmployeeId closer, Actor actor, String what, Object id) {
		if (!actor.isOrOversees(closer.value())) {
			throw ConversionException.notYours(what, id);
		}
	}

	private static String ownedBy(Actor actor) {
		return actor.seesEverything() ? "" : " and l.closer_id = :me";
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Actor actor, Object... id) {
		if (id.length > 0) {
			return spec.param("id", id[0]);
		}
		if (!actor.seesEverything()) {
			return spec.param("me", actor.requireEmployee());
		}
		return spec;
	}

}
