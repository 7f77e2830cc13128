package ua.relay.conversion.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.conversion.DealId;
import ua.relay.conversion.NewQuote;
import ua.relay.conversion.QuoteView;
import ua.relay.platform.SqlTime;
import ua.relay.salesorg.EmployeeId;
import ua.relay.shared.Money;

/** Quotes as given, numbered per year without gaps or repeats. */
@Repository
public class QuoteStore {

	private final JdbcClient jdbc;

	QuoteStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored quote with who gave it (the page and the PDF put the name to it). */
	public record StoredQuote(UUID id, DealId dealId, int year, int seq, NewQuote details, EmployeeId closer,
			Instant createdAt) {

		public String number() {
			return QuoteView.number(year, seq);
		}

	}

	/** Takes the next number of the year (one quote at a time holds the gate) and stores the quote. */
	public StoredQuote insert(DealId deal, NewQuote quote, EmployeeId closer, int year, Instant at) {
		jdbc.sql("update conversion_quote_gate set taken = taken + 1 where id = 1").update();
		int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from conversion_quote where quote_year = ?")
			.param(year)
			.query(Integer.class)
			.single();
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into conversion_quote (id, deal_id, quote_year, seq, route_from, route_to, cargo_type, weight_kg,
				                              volume_m3, price, valid_until, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, deal.value(), year, seq, quote.routeFrom(), quote.routeTo(), quote.cargoType(), quote.weightKg(),
					quote.volumeM3(), quote.price().amount(), quote.validUntil(), closer.value(), SqlTime.of(at))
			.update();
		return new StoredQuote(id, deal, year, seq, quote, closer, at);
	}

	public Optional<StoredQuote> find(UUID id) {
		return jdbc.sql("select * from conversion_quote where id = ?").param(id).query(this::map).optional();
	}

	public List<StoredQuote> ofDeal(DealId deal) {
		return jdbc.sql("select * from conversion_quote where deal_id = ? order by quote_year, seq")
			.param(deal.value())
			.query(this::map)
			.list();
	}

	private StoredQuote map(ResultSet rs, int row) throws SQLException {
		return new StoredQuote(rs.getObject("id", UUID.class), new DealId(rs.getObject("deal_id", UUID.class)),
				rs.getInt("quote_year"), rs.getInt("seq"),
				new NewQuote(rs.getString("route_from"), rs.getString("route_to"), rs.getString("cargo_type"),
						rs.getBigDecimal("weight_kg"), rs.getBigDecimal("volume_m3"), new Money(rs.getBigDecimal("price")),
						rs.getObject("valid_until", LocalDate.class)),
				new EmployeeId(rs.getObject("created_by", UUID.class)), SqlTime.instant(rs, "created_at"));
	}

}
