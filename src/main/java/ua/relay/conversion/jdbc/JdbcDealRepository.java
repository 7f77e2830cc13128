package ua.relay.conversion.jdbc;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.conversion.DealId;
import ua.relay.conversion.LeadId;
import ua.relay.conversion.domain.ConversionException;
import ua.relay.conversion.domain.Deal;
import ua.relay.conversion.domain.DealRepository;
import ua.relay.party.CompanyId;
import ua.relay.platform.SqlTime;
import ua.relay.salesorg.EmployeeId;
import ua.relay.shared.Money;

@Repository
class JdbcDealRepository implements DealRepository {

	private final JdbcClient jdbc;

	JdbcDealRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<DealId, CompanyId> openOf(EmployeeId closer) {
		var open = new LinkedHashMap<DealId, CompanyId>();
		jdbc.sql("select id, company_id from conversion_deal where closer_id = ? and stage not in ('WON', 'LOST') order by opened_at, id")
			.param(closer.value())
			.query((rs, n) -> open.put(new DealId(rs.getObject(1, UUID.class)), new CompanyId(rs.getObject(2, UUID.class))))
			.list();
		return open;
	}

	@Override
	public void handOver(DealId deal, EmployeeId to) {
		jdbc.sql("update conversion_deal set closer_id = ?, version = version + 1 where id = ?")
			.params(to.value(), deal.value())
			.update();
		jdbc.sql("update conversion_task set assignee = ? where deal_id = ? and done_at is null")
			.params(to.value(), deal.value())
			.update();
	}

	@Override
	public void insert(Deal deal) {
		jdbc.sql("""
				insert into conversion_deal (id, lead_id, company_id, closer_id, stage, amount, expected_close, probability,
				                             opened_at, stage_changed_at, closed_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
				""")
			.params(deal.id().value(), deal.leadId().value(), deal.companyId().value(), deal.closer().value(),
					deal.stage(), amount(deal), deal.expectedClose(), deal.probability(), SqlTime.of(deal.openedAt()),
					SqlTime.of(deal.stageChangedAt()), SqlTime.of(deal.closedAt()))
			.update();
		enteredStage(deal);
	}

	/** Keeps when the deal entered its stage, once per entry: a stage's usual time is read from these. */
	private void enteredStage(Deal deal) {
		var entered = deal.stageChangedAt() != null ? deal.stageChangedAt() : deal.openedAt();
		jdbc.sql("""
				insert into conversion_stage_change (deal_id, stage, entered_at)
				select :deal, :stage, :at from (values (1)) as one (x)
				where not exists (select 1 from conversion_stage_change where deal_id = :deal and entered_at = :at)
				""")
			.param("deal", deal.id().value())
			.param("stage", deal.stage())
			.param("at", SqlTime.of(entered))
			.update();
	}

	@Override
	public void update(Deal deal) {
		int updated = jdbc.sql("""
				update conversion_deal
				set stage = ?, amount = ?, expected_close = ?, probability = ?, stage_changed_at = ?, closed_at = ?,
				    lost_reason = ?, recontact_on = ?, version = version + 1
				where id = ? and version = ?
				""")
			.params(deal.stage(), amount(deal), deal.expectedClose(), deal.probability(), SqlTime.of(deal.stageChangedAt()),
					SqlTime.of(deal.closedAt()), deal.lostReason(), deal.recontactOn(), deal.id().value(), deal.version())
			.update();
		if (updated != 1) {
			throw ConversionException.changedMeanwhile("deal", deal.id());
		}
		enteredStage(deal);
	}

	@Override
	public Optional<Deal> findById(DealId id) {
		return jdbc.sql("select * from conversion_deal where id = ?").param(id.value()).query(this::map).optional();
	}

	private static BigDecimal amount(Deal deal) {
		return deal.amount() == null ? null : deal.amount().amount();
	}

	private Deal map(ResultSet rs, int row) throws SQLException {
		BigDecimal amount = rs.getBigDecimal("amount");
		return new Deal(new DealId(rs.getObject("id", UUID.class)), new LeadId(rs.getObject("lead_id", UUID.class)),
				new CompanyId(rs.getObject("company_id", UUID.class)),
				new EmployeeId(rs.getObject("closer_id", UUID.class)), rs.getString("stage"),
				amount == null ? null : new Money(amount), rs.getObject("expected_close", LocalDate.class),
				rs.getInt("probability"), SqlTime.instant(rs, "opened_at"), SqlTime.instant(rs, "stage_changed_at"),
				SqlTime.instant(rs, "closed_at"), rs.getString("lost_reason"), rs.getObject("recontact_on", LocalDate.class),
				rs.getInt("version"));
	}

}
