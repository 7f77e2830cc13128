package ua.relay.accounts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.platform.Actor;
import ua.relay.platform.DomainException;
import ua.relay.platform.SqlTime;
import ua.relay.shared.PhoneNumber;
import ua.relay.routing.InboundRouting;

/**
 * A client's one timeline: its orders, invoices and payments, its inbound calls as the switchboard routed
 * them, and the account manager's calls, meetings, e-mails and notes, the latest first.
 */
@Service
public class ClientTimeline {

	/** What a timeline entry is; the manager records the contacts, Relay the rest. */
	public enum Kind {

		ORDER, INVOICE, PAYMENT, PAYMENT_CANCELLED, REMINDER, CALL(true), MEETING(true), EMAIL(true), NOTE(true);

		private final boolean contact;

		Kind() {
			this(false);
		}

		Kind(boolean contact) {
			this.contact = contact;
		}

		/** A contact with the client, which the manager records (the rest Relay records itself). */
		public boolean contact() {
			return contact;
		}

	}

	/** One entry: when, what kind, what, for how much (orders, invoices, payments). */
	public record Entry(Instant at, Kind kind, String text, BigDecimal amount, String code, List<Object> args) {

		Entry(Instant at, Kind kind, String text, BigDecimal amount) {
			this(at, kind, text, amount, null, List.of());
		}

		/** An entry Relay words itself: a message {@code code} with its {@code args}, said in the reader's language. */
		static Entry said(Instant at, Kind kind, String code, List<Object> args, String text) {
			return new Entry(at, kind, text, null, code, args);
		}

	}

	private final JdbcClient jdbc;

	private final Portfolio portfolio;

	private final Clock clock;

	private final InboundRouting calls;

	ClientTimeline(JdbcClient jdbc, Portfolio portfolio, Clock clock, InboundRouting calls) {
		this.calls = calls;
		this.jdbc = jdbc;
		this.portfolio = portfolio;
		this.clock = clock;
	}

	/** Records a contact with the client (a call, a meeting, an e-mail, a note) once it has happened. */
	@Transactional
	public UUID record(UUID clientId, Kind kind, String summary, Instant happenedAt, Actor actor) {
		portfolio.client(clientId, actor);
		if (kind != Kind.CALL && kind != Kind.MEETING && kind != Kind.EMAIL && kind != Kind.NOTE) {
			throw DomainException.invalid("contact.kind", "A contact is a call, a meeting, an e-mail or a note");
		}
		if (summary == null || summary.isBlank() || summary.strip().length() > 2_000) {
			throw DomainException.invalid("contact.summary", "Say what happened, in up to 2000 characters");
		}
		var now = clock.instant();
		var when = happenedAt == null ? now : happenedAt;
		if (when.isAfter(now.plusSeconds(60))) {
			throw DomainException.invalid("contact.in-future", "A contact is recorded once it has happened");
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into accounts_contact (id, client_id, kind, happened_at, summary, by_employee, created_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(id, clientId, kind.name(), SqlTime.of(when), summary.strip(), actor.requireEmployee(), SqlTime.of(now))
			.update();
		return id;
	}

	public List<Entry> of(UUID clientId, Actor actor) {
		var client = portfolio.client(clientId, actor);
		var entries = new ArrayList<Entry>();
		for (var call : calls.callsOf(client.company().id())) {
			entries.add(Entry.said(call.at(), Kind.CALL, "timeline.inbound-call", java.util.Arrays.asList(
					PhoneNumber.tryParse(String.valueOf(call.callerNumber())).map(PhoneNumber::international)
						.orElse(String.valueOf(call.callerNumber())),
					call.employee() == null ? "—" : call.employee(), call.outcome() == null ? "—" : call.outcome(),
					call.durationSeconds() == null ? 0 : call.durationSeconds()), null));
		}
		jdbc.sql("select ordered_at, description, amount, source from accounts_order where client_id = ?")
			.param(clientId)
			.query((rs, n) -> entries.add("FIRST_SALE".equals(rs.getString(4))
					? new Entry(SqlTime.instant(rs, "ordered_at"), Kind.ORDER, null, rs.getBigDecimal(3), "order.first-sale", List.of())
					: new Entry(SqlTime.instant(rs, "ordered_at"), Kind.ORDER, rs.getString(2), rs.getBigDecimal(3))))
			.list();
		jdbc.sql("""
				select issued_at, series, invoice_year, seq, total from accounts_invoice where client_id = ?
				""")
			.param(clientId)
			.query((rs, n) -> entries.add(new Entry(SqlTime.instant(rs, "issued_at"), Kind.INVOICE,
					"%s-%d-%05d".formatted(rs.getString(2), rs.getInt(3), rs.getInt(4)), rs.getBigDecimal(5))))
			.list();
		jdbc.sql("""
				select p.recorded_at, i.series, i.invoice_year, i.seq, p.amount, p.cancelled_at, p.cancel_reason
				from accounts_payment p join accounts_invoice i on i.id = p.invoice_id where i.client_id = ?
				""")
			.param(clientId)
			.query((rs, n) -> {
				String number = "%s-%d-%05d".formatted(rs.getString(2), rs.getInt(3), rs.getInt(4));
				entries.add(new Entry(SqlTime.instant(rs, "recorded_at"), Kind.PAYMENT, number, rs.getBigDecimal(5)));
				var cancelled = SqlTime.instant(rs, "cancelled_at");
				if (cancelled != null) {
					entries.add(new Entry(cancelled, Kind.PAYMENT_CANCELLED, number + ": " + rs.getString("cancel_reason"),
							rs.getBigDecimal(5)));
				}
				return null;
			})
			.list();
		jdbc.sql("""
				select done_at, result, result_note from accounts_task where client_id = ? and done_at is not null
				""")
			.param(clientId)
			.query((rs, n) -> entries.add(Entry.said(SqlTime.instant(rs, "done_at"), Kind.REMINDER,
					"reminder.result." + rs.getString("result"), List.of(), rs.getString("result_note"))))
			.list();
		jdbc.sql("select happened_at, kind, summary from accounts_contact where client_id = ?")
			.param(clientId)
			.query((rs, n) -> entries.add(new Entry(SqlTime.instant(rs, "happened_at"), Kind.valueOf(rs.getString(2)),
					rs.getString(3), null)))
			.list();
		entries.sort(Comparator.comparing(Entry::at, Comparator.nullsLast(Comparator.<Instant>naturalOrder())).reversed());
		return entries;
	}


}
