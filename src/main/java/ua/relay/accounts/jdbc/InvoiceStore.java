package ua.relay.accounts.jdbc;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.accounts.CargoService;
import ua.relay.accounts.InvoiceView;
import ua.relay.accounts.OrderView;
import ua.relay.platform.SqlTime;

/** Orders, invoices (numbered one at a time per series and year), their lines and payments. */
@Repository
public class InvoiceStore {

	private final JdbcClient jdbc;

	InvoiceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID insertOrder(UUID client, CargoService service, String description, BigDecimal amount, Instant at) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into accounts_order (id, client_id, service, description, amount, ordered_at, source, version)
				values (?, ?, ?, ?, ?, ?, 'MANAGER', 0)
				""")
			.params(id, client, service == null ? null : service.name(), description, amount, SqlTime.of(at))
			.update();
		jdbc.sql("insert into accounts_invoice_request (id, order_id, requested_at, status) values (?, ?, ?, 'REQUESTED')")
			.params(UUID.randomUUID(), id, SqlTime.of(at))
			.update();
		return id;
	}

	public List<OrderView> orders(UUID client) {
		return jdbc.sql("""
				select o.id, o.client_id, o.service, o.description, o.amount, o.ordered_at, o.source, r.invoice_id
				from accounts_order o left join accounts_invoice_request r on r.order_id = o.id
				where o.client_id = ? order by o.ordered_at desc
				""")
			.param(client)
			.query(InvoiceStore::order)
			.list();
	}

	public Optional<OrderView> order(UUID id) {
		return jdbc.sql("""
				select o.id, o.client_id, o.service, o.description, o.amount, o.ordered_at, o.source, r.invoice_id
				from accounts_order o left join accounts_invoice_request r on r.order_id = o.id where o.id = ?
				""")
			.param(id)
			.query(InvoiceStore::order)
			.optional();
	}

	/** What an invoice is issued with; the number is taken inside {@link #insertInvoice}. */
	private static OrderView order(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		String service = rs.getString("service");
		return new OrderView(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				service == null ? null : CargoService.valueOf(service), rs.getString("description"), rs.getBigDecimal("amount"),
				SqlTime.instant(rs, "ordered_at"), rs.getString("source"), rs.getObject("invoice_id", UUID.class));
	}

	public record NewInvoice(UUID client, String series, LocalDate issuedOn, LocalDate dueOn, int vatRate, BigDecimal net,
			BigDecimal vat, BigDecimal total, String supplier, String buyerName, String buyerEdrpou, String buyerAddress,
			String buyerIban, UUID issuedBy, Instant issuedAt, List<InvoiceView.Line> lines, List<UUID> orders) {
	}

	/** Holds the gate so the next number of the series and year is this invoice's alone. */
	public UUID insertInvoice(NewInvoice invoice) {
		jdbc.sql("update accounts_invoice_gate set taken = taken + 1 where id = 1").update();
		int year = invoice.issuedOn().getYear();
		int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from accounts_invoice where series = ? and invoice_year = ?")
			.params(invoice.series(), year)
			.query(Integer.class)
			.single();
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into accounts_invoice (id, client_id, series, invoice_year, seq, issued_on, due_on, vat_rate, net, vat,
				                              total, paid, status, supplier, buyer_name, buyer_edrpou, buyer_address,
				                              buyer_iban, issued_by, issued_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'ISSUED', ?, ?, ?, ?, ?, ?, ?, 0)
				""")
			.params(id, invoice.client(), invoice.series(), year, seq, invoice.issuedOn(), invoice.dueOn(),
					invoice.vatRate(), invoice.net(), invoice.vat(), invoice.total(), invoice.supplier(), invoice.buyerName(),
					invoice.buyerEdrpou(), invoice.buyerAddress(), invoice.buyerIban(), invoice.issuedBy(),
					SqlTime.of(invoice.issuedAt()))
			.update();
		for (int i = 0; i < invoice.lines().size(); i++) {
			var line = invoice.lines().get(i);
			jdbc.sql("""
					insert into accounts_invoice_line (invoice_id, position, order_id, description, quantity, unit, net_price,
					                                   net_amount)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					""")
				.params(id, line.position(), invoice.orders().get(i), line.description(), line.quantity(), line.unit(),
						line.netPrice(), line.netAmount())
				.update();
			jdbc.sql("update accounts_invoice_request set status = 'ISSUED', invoice_id = ? where order_id = ?")
				.params(id, invoice.orders().get(i))
				.update();
		}
		return id;
	}

	public UUID insertPayment(UUID invoice, BigDecimal amount, LocalDate paidOn, boolean overpayment, UUID by, Instant at) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into accounts_payment (id, invoice_id, amount, paid_on, overpayment, recorded_by, recorded_at)
				values (:id, :invoice, :amount, :paidOn, :overpayment, :by, :at)
				""")
			.param("id", id)
			.param("invoice", invoice)
			.param("amount", amount)
			.param("paidOn", paidOn)
			.param("overpayment", overpayment)
			.param("by", by)
			.param("at", SqlTime.of(at))
			.update();
		return id;
	}

	/** A payment as stored: {@code cancelledAt} set once it was cancelled. */
	public record Payment(UUID id, UUID invoice, BigDecimal amount, LocalDate paidOn, boolean overpayment, UUID recordedBy,
			Instant recordedAt, Instant cancelledAt, UUID cancelledBy, String cancelReason) {
	}

	public Optional<Payment> payment(UUID id) {
		return payments("where id = :p", id).stream().findFirst();
	}

	public List<Payment> paymentsOf(UUID invoice) {
		return payments("where invoice_id = :p order by recorded_at", invoice);
	}

	/** Marks the payment cancelled, once: false if it was cancelled meanwhile. */
	public boolean cancelPayment(UUID id, String reason, UUID by, Instant at) {
		return jdbc.sql("""
				update accounts_payment set cancelled_at = :at, cancelled_by = :by, cancel_reason = :reason
				where id = :id and cancelled_at is null
				""")
			.param("at", SqlTime.of(at))
			.param("by", by)
			.param("reason", reason)
			.param("id", id)
			.update() == 1;
	}

	private List<Payment> payments(String where, UUID param) {
		return jdbc.sql("""
				select id, invoice_id, amount, paid_on, overpayment, recorded_by, recorded_at, cancelled_at, cancelled_by,
				       cancel_reason
				from accounts_payment
				""" + where)
			.param("p", param)
			.query((rs, n) -> new Payment(rs.getObject("id", UUID.class), rs.getObject("invoice_id", UUID.class),
					rs.getBigDecimal("amount"), rs.getObject("paid_on", LocalDate.class), rs.getBoolean("overpayment"),
					rs.getObject("recorded_by", UUID.class), SqlTime.instant(rs, "recorded_at"),
					SqlTime.instant(rs, "cancelled_at"), rs.getObject("cancelled_by", UUID.class), rs.getString("cancel_reason")))
			.list();
	}

	/** The invoice's paid sum and status after a payment; false if it changed meanwhile (its version moved on). */
	public boolean updatePaid(UUID invoice, BigDecimal paid, String status, LocalDate paidOn, int version) {
		return jdbc.sql("""
				update accounts_invoice set paid = ?, status = ?, paid_on = ?, version = version + 1
				where id = ? and version = ?
				""")
			.params(paid, status, paidOn, invoice, version)
			.update() == 1;
	}

	public record Row(UUID id, UUID client, String series, int year, int seq, LocalDate issuedOn, LocalDate dueOn,
			int vatRate, BigDecimal net, BigDecimal vat, BigDecimal total, BigDecimal paid, String status, String supplier,
			String buyerName, String buyerEdrpou, String buyerAddress, String buyerIban, UUID issuedBy, int version) {
	}

	public Optional<Row> find(UUID id) {
		return rows("where id = :p", id).stream().findFirst();
	}

	public List<Row> ofClient(UUID client) {
		return rows("where client_id = :p order by invoice_year desc, seq desc", client);
	}

	/** Issued and unpaid past their due day, for the clients of one manager (or all, when {@code manager} is null). */
	public List<Row> overdue(LocalDate today, UUID manager) {
		String mine = manager == null ? "" : " and client_id in (select id from accounts_client where account_manager_id = :m)";
		var spec = jdbc.sql(SELECT + " where status = 'ISSUED' and due_on < :today" + mine + " order by due_on")
			.param("today", today);
		if (manager != null) {
			spec = spec.param("m", manager);
		}
		return spec.query(this::row).list();
	}

	public List<InvoiceView.Line> lines(UUID invoice) {
		return jdbc.sql("""
				select position, description, quantity, unit, net_price, net_amount from accounts_invoice_line
				where invoice_id = ? order by position
				""")
			.param(invoice)
			.query((rs, n) -> new InvoiceView.Line(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4),
					rs.getBigDecimal(5), rs.getBigDecimal(6)))
			.list();
	}

	private static final String SELECT = """
			select id, client_id, series, invoice_year, seq, issued_on, due_on, vat_rate, net, vat, total, paid, status,
			       supplier, buyer_name, buyer_edrpou, buyer_address, buyer_iban, issued_by, version
			from accounts_invoice""";

	private List<Row> rows(String where, UUID param) {
		return jdbc.sql(SELECT + " " + where).param("p", param).query(this::row).list();
	}

	private Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class), rs.getString("series"),
				rs.getInt("invoice_year"), rs.getInt("seq"), rs.getObject("issued_on", LocalDate.class),
				rs.getObject("due_on", LocalDate.class), rs.getInt("vat_rate"), rs.getBigDecimal("net"),
				rs.getBigDecimal("vat"), rs.getBigDecimal("total"), rs.getBigDecimal("paid"), rs.getString("status"),
				rs.getString("supplier"), rs.getString("buyer_name"), rs.getString("buyer_edrpou"),
				rs.getString("buyer_address"), rs.getString("buyer_iban"), rs.getObject("issued_by", UUID.class),
				rs.getInt("version"));
	}

}
