package ua.relay.accounts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ua.relay.platform.Notifications;
import ua.relay.platform.SqlTime;

/**
 * Tells each account manager of their clients' invoices that passed the due day unpaid, once each (the
 * claim and the notification commit together).
 */
@Component
class OverdueNotices {

	private final JdbcClient jdbc;

	private final Notifications notifications;

	private final TransactionTemplate transactions;

	private final Clock clock;

	OverdueNotices(JdbcClient jdbc, Notifications notifications, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.transactions = transactions;
		this.clock = clock;
	}

	private record Overdue(UUID id, UUID client, UUID manager, String buyer, String number) {
	}

	/** How many it told. */
	int tell() {
		var today = LocalDate.now(clock);
		var overdue = jdbc.sql("""
				select i.id, i.client_id, c.account_manager_id, i.buyer_name, i.series, i.invoice_year, i.seq
				from accounts_invoice i join accounts_client c on c.id = i.client_id
				where i.status = 'ISSUED' and i.due_on < :today and i.overdue_noticed_at is null
				""")
			.param("today", today)
			.query((rs, n) -> new Overdue(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
					rs.getString(4), InvoiceView.number(rs.getString(5), rs.getInt(6), rs.getInt(7))))
			.list();
		int told = 0;
		for (var invoice : overdue) {
			Boolean claimed = transactions.execute(status -> {
				int updated = jdbc.sql("update accounts_invoice set overdue_noticed_at = :now where id = :id"
						+ " and overdue_noticed_at is null")
					.param("now", SqlTime.of(clock.instant()))
					.param("id", invoice.id())
					.update();
				if (updated == 1) {
					notifications.notify(invoice.manager(), Notifications.Kind.INVOICE_OVERDUE, invoice.buyer(),
							invoice.number(), "/accounts/clients/" + invoice.client());
				}
				return updated == 1;
			});
			told += Boolean.TRUE.equals(claimed) ? 1 : 0;
		}
		return told;
	}

}
