package ua.relay.conversion.jdbc;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The leads, deals and quotes a search may show: a closer's own, or all of them for the head. */
@Repository
public class DealSearchQueries {

	private final JdbcClient jdbc;

	DealSearchQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A deal, or a lead that has none yet ({@code deal} false), with its stage's name in both languages. */
	public record Found(UUID id, UUID companyId, boolean deal, String stageUk, String stageEn, BigDecimal amount) {
	}

	public record FoundQuote(UUID id, UUID dealId, UUID companyId, int year, int seq, BigDecimal price) {
	}

	public List<UUID> companiesOf(UUID closer) {
		return jdbc.sql("""
				select company_id from conversion_lead where closer_id = :closer
				union select company_id from conversion_deal where closer_id = :closer
				""")
			.param("closer", closer)
			.query(UUID.class)
			.list();
	}

	/** The deals and the leads without a deal of these companies: all, or one closer's. */
	public List<Found> of(Collection<UUID> companies, UUID closer) {
		var spec = jdbc.sql("""
				select d.id, d.company_id, true as deal, s.name_uk, s.name_en, d.amount
				from conversion_deal d join conversion_stage s on s.code = d.stage
				where d.company_id in (:companies)""" + (closer == null ? "" : " and d.closer_id = :closer") + """

				union all
				select l.id, l.company_id, false, null, null, null from conversion_lead l
				where l.company_id in (:companies)
				  and not exists (select 1 from conversion_deal d where d.lead_id = l.id)""" + (closer == null ? "" : " and l.closer_id = :closer"))
			.param("companies", companies);
		if (closer != null) {
			spec = spec.param("closer", closer);
		}
		return spec.query((rs, n) -> new Found(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getBoolean(3),
				rs.getString(4), rs.getString(5), rs.getBigDecimal(6))).list();
	}

	/** The quote of this number, where the closer (or, when null, anyone) may see it. */
	public Optional<FoundQuote> quote(int year, int seq, UUID closer) {
		var spec = jdbc.sql("""
				select q.id, q.deal_id, d.company_id, q.quote_year, q.seq, q.price
				from conversion_quote q join conversion_deal d on d.id = q.deal_id
				where q.quote_year = :year and q.seq = :seq""" + (closer == null ? "" : " and d.closer_id = :closer"))
			.param("year", year)
			.param("seq", seq);
		if (closer != null) {
			spec = spec.param("closer", closer);
		}
		return spec.query((rs, n) -> new FoundQuote(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
				rs.getObject(3, UUID.class), rs.getInt(4), rs.getInt(5), rs.getBigDecimal(6))).optional();
	}

}
