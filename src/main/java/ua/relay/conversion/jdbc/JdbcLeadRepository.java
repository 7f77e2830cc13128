package ua.relay.conversion.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.conversion.LeadId;
import ua.relay.conversion.domain.ConversionException;
import ua.relay.conversion.domain.Lead;
import ua.relay.conversion.domain.LeadRepository;
import ua.relay.conversion.domain.LeadStatus;
import ua.relay.party.CompanyId;
import ua.relay.platform.SqlTime;
import ua.relay.prospecting.Meeting;
import ua.relay.prospecting.ProspectId;
import ua.relay.salesorg.EmployeeId;

@Repository
class JdbcLeadRepository implements LeadRepository {

	private final JdbcClient jdbc;

	JdbcLeadRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void insert(Lead lead) {
		jdbc.sql("""
				insert into conversion_lead (id, prospect_id, company_id, handed_over_by, handed_over_at, caller_note,
				                             urgent, qualification, meeting_starts_at, meeting_ends_at, meeting_entry_id,
				                             closer_id, assigned_reason, status, received_at, decided_at, first_touch_due,
				                             source, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
				""")
			.params(lead.id().value(), lead.prospectId() == null ? null : lead.prospectId().value(), lead.companyId().value(),
					lead.handedOverBy() == null ? null : lead.handedOverBy().value(), SqlTime.of(lead.handedOverAt()), lead.callerNote(), lead.urgent(),
					Qualification.write(lead.answers()), lead.meeting() == null ? null : SqlTime.of(lead.meeting().start()),
					lead.meeting() == null ? null : SqlTime.of(lead.meeting().end()),
					lead.meeting() == null ? null : lead.meeting().calendarEntry(), lead.closer().value(), lead.assignedReason(), lead.status().name(), SqlTime.of(lead.receivedAt()),
					SqlTime.of(lead.decidedAt()), SqlTime.of(lead.firstTouchDue()), lead.prospectId() == null ? "INBOUND" : "TIER1")
			.update();
	}

	@Override
	public void update(Lead lead) {
		int updated = jdbc.sql("""
				update conversion_lead set status = ?, decided_at = ?, closer_id = ?, assigned_reason = ?,
				                           rejection_reason = ?, urgent = ?, first_touch_due = ?, first_touched_at = ?,
				                           escalated_at = ?, version = version + 1
				where id = ? and version = ?
				""")
			.params(lead.status().name(), SqlTime.of(lead.decidedAt()), lead.closer().value(), lead.assignedReason(),
					lead.rejectionReason(), lead.urgent(), SqlTime.of(lead.firstTouchDue()),
					SqlTime.of(lead.firstTouchedAt()), SqlTime.of(lead.escalatedAt()), lead.id().value(), lead.version())
			.update();
		if (updated != 1) {
			throw ConversionException.changedMeanwhile("lead", lead.id());
		}
	}

	@Override
	public Map<EmployeeId, Integer> openWork() {
		var work = new HashMap<EmployeeId, Integer>();
		jdbc.sql("""
				select closer_id, count(*) from conversion_lead where status = 'NEW' group by closer_id
				union all
				select closer_id, count(*) from conversion_deal where stage not in ('WON', 'LOST') group by closer_id
				""")
			.query((rs, n) -> work.merge(new EmployeeId(rs.getObject(1, UUID.class)), rs.getInt(2), Integer::sum))
			.list();
		return work;
	}

	@Override
	public List<Lead> waitingFor(EmployeeId closer) {
		return jdbc.sql("select * from conversion_lead where closer_id = ? and status = 'NEW' order by received_at, id")
			.param(closer.value())
			.query(this::map)
			.list();
	}

	@Override
	public Optional<Lead> findById(LeadId id) {
		return jdbc.sql("select * from conversion_lead where id = ?").param(id.value()).query(this::map).optional();
	}

	private static Meeting meeting(ResultSet rs) throws SQLException {
		var start = SqlTime.instant(rs, "meeting_starts_at");
		return start == null ? null : new Meeting(new EmployeeId(rs.getObject("closer_id", UUID.class)), start,
				SqlTime.instant(rs, "meeting_ends_at"), rs.getObject("meeting_entry_id", UUID.class));
	}

	private Lead map(ResultSet rs, int row) throws SQLException {
		return new Lead(new LeadId(rs.getObject("id", UUID.class)),
				rs.getObject("prospect_id") == null ? null : new ProspectId(rs.getObject("prospect_id", UUID.class)),
				new CompanyId(rs.getObject("company_id", UUID.class)),
				rs.getObject("handed_over_by") == null ? null : new EmployeeId(rs.getObject("handed_over_by", UUID.class)),
				SqlTime.instant(rs, "handed_over_at"),
				rs.getString("caller_note"), rs.getBoolean("urgent"), Qualification.read(rs.getString("qualification")),
				meeting(rs), new EmployeeId(rs.getObject("closer_id", UUID.class)),
				rs.getString("assigned_reason"), LeadStatus.valueOf(rs.getString("status")),
				SqlTime.instant(rs, "received_at"), SqlTime.instant(rs, "decided_at"), rs.getString("rejection_reason"),
				SqlTime.instant(rs, "first_touch_due"), SqlTime.instant(rs, "first_touched_at"),
				SqlTime.instant(rs, "escalated_at"), rs.getInt("version"));
	}

}
