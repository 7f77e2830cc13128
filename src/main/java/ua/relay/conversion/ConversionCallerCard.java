package ua.relay.conversion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ua.relay.party.CompanyId;
import ua.relay.platform.SqlTime;
import ua.relay.prospecting.ProspectingQueries;
import ua.relay.routing.CallerCardSection;
import ua.relay.routing.CardLine;
import ua.relay.salesorg.Tier;

/**
 * Tier 2's part of a caller's card: the open lead or deal with its stage, the deal's last activities and
 * tier 1's calls. Links lead to tier 2's pages only for a closer taking the call; an account manager sees
 * the history without them.
 */
@Component
class ConversionCallerCard implements CallerCardSection {

	private static final int LAST = 3;

	private final JdbcClient jdbc;

	private final ProspectingQueries prospecting;

	ConversionCallerCard(JdbcClient jdbc, ProspectingQueries prospecting) {
		this.jdbc = jdbc;
		this.prospecting = prospecting;
	}

	@Override
	public List<CardLine> lines(CompanyId company, Tier tier) {
		boolean closer = tier == Tier.LC;
		var lines = new ArrayList<CardLine>();
		jdbc.sql("""
				select l.id as lead_id, l.status, l.received_at, d.id as deal_id, d.opened_at, d.closed_at, d.amount,
				       s.name_uk, s.kind
				from conversion_lead l
				left join conversion_deal d on d.lead_id = l.id
				left join conversion_stage s on s.code = d.stage
				where l.company_id = ? and l.status <> 'REJECTED'
				order by l.received_at desc limit 3
				""")
			.param(company.value())
			.query(rs -> {
				var deal = rs.getObject("deal_id", UUID.class);
				if (deal == null) {
					lines.add(CardLine.open("card.lead." + rs.getString("status"), "",
							closer ? "/conversion/leads/" + rs.getObject("lead_id", UUID.class) : null,
							SqlTime.instant(rs, "received_at")));
					return;
				}
				BigDecimal amount = rs.getBigDecimal("amount");
				String text = rs.getString("name_uk");
				String href = closer ? "/conversion/deals/" + deal : null;
				var line = "OPEN".equals(rs.getString("kind")) ? CardLine.open("card.deal", text, href, SqlTime.instant(rs, "opened_at"))
						: CardLine.contact("card.deal", text, href, SqlTime.instant(rs, "closed_at"));
				lines.add(line.withAmount(amount));
			});
		jdbc.sql("""
				select a.happened_at, a.summary, a.deal_id from conversion_activity a
				join conversion_deal d on d.id = a.deal_id join conversion_lead l on l.id = d.lead_id
				where l.company_id = ? order by a.happened_at desc limit ?
				""")
			.params(company.value(), LAST)
			.query(rs -> {
				lines.add(CardLine.contact("card.activity", rs.getString("summary"),
						closer ? "/conversion/deals/" + rs.getObject("deal_id", UUID.class) : null,
						SqlTime.instant(rs, "happened_at")));
			});
		prospecting.callsTo(company)
			.stream()
			.limit(LAST)
			.forEach(call -> lines.add(CardLine.contact("outcome." + call.outcome().name(),
					call.caller() + (call.note() == null || call.note().isBlank() ? "" : " — " + call.note()), null,
					call.calledAt())));
		return lines;
	}

}
