package ua.relay.accounts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ua.relay.party.CompanyId;
import ua.relay.platform.SqlTime;
import ua.relay.routing.CallerCardSection;
import ua.relay.routing.CardLine;
import ua.relay.salesorg.Tier;

/**
 * Tier 3's part of a client's card, for the account manager taking the call only (invoices are not for other
 * tiers): unpaid invoices, open reminders and tasks, the last orders and contacts.
 */
@Component
class AccountsCallerCard implements CallerCardSection {

	private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

	private static final int LAST = 3;

	private final JdbcClient jdbc;

	AccountsCallerCard(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<CardLine> lines(CompanyId company, Tier tier) {
		var lines = new ArrayList<CardLine>();
		if (tier != Tier.AM) {
			return lines;
		}
		var client = jdbc.sql("select id from accounts_client where company_id = ?")
			.param(company.value())
			.query(UUID.class)
			.optional();
		if (client.isEmpty()) {
			return lines;
		}
		String href = "/accounts/clients/" + client.get();
		jdbc.sql("""
				select series, invoice_year, seq, total, paid, due_on, issued_on from accounts_invoice
				where client_id = ? and status = 'ISSUED' order by due_on
				""")
			.param(client.get())
			.query(rs -> {
				lines.add(CardLine.open("card.invoice-unpaid", "%s-%d-%05d".formatted(rs.getString(1), rs.getInt(2), rs.getInt(3)),
						href, startOf(rs.getObject(7, LocalDate.class)))
					.withAmount(rs.getBigDecimal(4).subtract(rs.getBigDecimal(5)))
					.dueOn(rs.getObject(6, LocalDate.class)));
			});
		jdbc.sql("select due_on from accounts_task where client_id = ? and done_at is null order by due_on limit ?")
			.params(client.get(), LAST)
			.query(rs -> {
				var due = rs.getObject(1, LocalDate.class);
				lines.add(CardLine.open("card.reminder", null, href, startOf(due)).dueOn(due));
			});
		jdbc.sql("""
				select description, amount, ordered_at from accounts_order where client_id = ? order by ordered_at desc limit ?
				""")
			.params(client.get(), LAST)
			.query(rs -> {
				lines.add(CardLine.contact("card.last-order", rs.getString(1), href, SqlTime.instant(rs, "ordered_at"))
					.withAmount(rs.getBigDecimal(2)));
			});
		jdbc.sql("select summary, happened_at from accounts_contact where client_id = ? order by happened_at desc limit ?")
			.params(client.get(), LAST)
			.query(rs -> {
				lines.add(CardLine.contact("card.client-contact", rs.getString(1), href, SqlTime.instant(rs, "happened_at")));
			});
		return lines;
	}

	private static java.time.Instant startOf(LocalDate day) {
		return day.atStartOfDay(KYIV).toInstant();
	}

}
