package ua.relay.accounts;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.conversion.FirstSaleClosed;
import ua.relay.party.CompanyDirectory;
import ua.relay.party.CompanyId;
import ua.relay.platform.Actor;
import ua.relay.platform.AuditTrail;
import ua.relay.platform.DomainException;
import ua.relay.platform.SqlTime;
import ua.relay.salesorg.CompanyFacts;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Responsibilities;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.Tier;
import ua.relay.shared.Iban;

/**
 * Account managers' clients. A first sale makes the company a client and gives it an account manager;
 * each manager sees only their own clients, the head sees all.
 */
@Service
public class Portfolio {

	private final JdbcClient jdbc;

	private final Responsibilities responsibilities;

	private final CompanyDirectory companies;

	private final Staff staff;

	private final Clock clock;

	private final AuditTrail audit;

	Portfolio(JdbcClient jdbc, Responsibilities responsibilities, CompanyDirectory companies, Staff staff, Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.jdbc = jdbc;
		this.responsibilities = responsibilities;
		this.companies = companies;
		this.staff = staff;
		this.clock = clock;
	}

	private record Row(UUID id, UUID company, UUID manager, String reason, BigDecimal amount, Instant since,
			int invoicesToIssue) {
	}

	@ApplicationModuleListener
	void on(FirstSaleClosed sale) {
		welcome(sale);
	}

	private static final String FIRST_ORDER = "Перше замовлення (перший продаж)";

	/**
	 * The company becomes a client of the account manager the rules choose, with its first order and the
	 * request to invoice it; a redelivery changes nothing.
	 */
	@Transactional
	public UUID welcome(FirstSaleClosed sale) {
		var existing = jdbc.sql("select id from accounts_client where company_id = ?")
			.param(sale.companyId().value())
			.query(UUID.class)
			.optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		var manager = responsibilities.assignAccountManager(sale.companyId(), sale.closer(), facts(sale.companyId()));
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into accounts_client (id, company_id, account_manager_id, assigned_reason, first_deal_id,
				                             first_sale_amount, client_since, version)
				values (?, ?, ?, ?, ?, ?, ?, 0)
				""")
			.params(id, sale.companyId().value(), manager.employee().value(), manager.reason(),
					sale.dealId().value(), sale.amount().amount(), SqlTime.of(sale.closedAt()))
			.update();
		var order = UUID.randomUUID();
		jdbc.sql("""
				insert into accounts_order (id, client_id, description, amount, ordered_at, source, deal_id, version)
				values (?, ?, ?, ?, ?, 'FIRST_SALE', ?, 0)
				""")
			.params(order, id, FIRST_ORDER, sale.amount().amount(), SqlTime.of(sale.closedAt()), sale.dealId().value())
			.update();
		jdbc.sql("insert into accounts_invoice_request (id, order_id, requested_at, status) values (?, ?, ?, 'REQUESTED')")
			.params(UUID.randomUUID(), order, SqlTime.of(sale.closedAt()))
			.update();
		return id;
	}

	/**
	 * Brings in a client the company had before Relay, with its order history (already invoiced and paid
	 * elsewhere), so its buying rhythm is known from the first day. Its account manager is the one given, or
	 * the one the rules choose. The head's to do; importing the same company twice is refused.
	 */
	@Transactional
	public UUID importClient(CompanyId company, EmployeeId manager, List<PastOrder> history, Actor actor) {
		if (!actor.seesEverything()) {
			throw DomainException.forbidden("client.import-head-only", "Only the head of sales imports clients");
		}
		if (history.isEmpty()) {
			throw DomainException.invalid("client.import-no-history", "An existing client comes with its past orders");
		}
		if (jdbc.sql("select count(*) from accounts_client where company_id = ?").param(company.value()).query(Long.class)
			.single() > 0) {
			throw DomainException.conflict("client.exists", "The company " + company + " is a client already");
		}
		var today = LocalDate.now(clock);
		if (history.stream().anyMatch(o -> o.orderedOn().isAfter(today))) {
			throw DomainException.invalid("client.import-future", "Past orders lie in the past");
		}
		var orders = history.stream().sorted(Comparator.comparing(PastOrder::orderedOn)).toList();
		audit.record(actor, "client-import", companies.getCard(company).displayName(), orders.size() + " orders");
		var assignment = manager != null ? responsibilities.assignTo(company, Tier.AM, manager, "reason.imported")
				: responsibilities.assignAccountManager(company, null, facts(company));
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into accounts_client (id, company_id, account_manager_id, assigned_reason, first_deal_id,
				                             first_sale_amount, client_since, source, version)
				values (?, ?, ?, ?, null, ?, ?, 'IMPORTED', 0)
				""")
			.params(id, company.value(), assignment.employee().value(), assignment.reason(), orders.get(0).amount(),
					SqlTime.of(orders.get(0).orderedOn().atTime(12, 0).atZone(clock.getZone()).toInstant()))
			.update();
		for (var order : orders) {
			jdbc.sql("""
					insert into accounts_order (id, client_id, service, description, amount, ordered_at, source, version)
					values (?, ?, ?, ?, ?, ?, 'IMPORTED', 0)
					""")
				.params(UUID.randomUUID(), id, order.service() == null ? null : order.service().name(), order.description(),
						order.amount(),
						SqlTime.of(order.orderedOn().atTime(12, 0).atZone(clock.getZone()).toInstant()))
				.update();
		}
		return id;
	}

	/** The client's requisites for invoices: its legal address and its IBAN (checked), either may be left empty. */
	@Transactional
	public void setRequisites(UUID clientId, String legalAddress, String iban, Actor actor) {
		client(clientId, actor);
		String address = legalAddress == null || legalAddress.isBlank() ? null : legalAddress.strip();
		if (address != null && address.length() > 400) {
			throw DomainException.invalid("client.address", "An address has at most 400 characters");
		}
		String account = null;
		if (iban != null && !iban.isBlank()) {
			if (!Iban.isValid(iban)) {
				throw DomainException.invalid("client.iban", "Not a valid IBAN (its check digits do not add up): " + iban);
			}
			account = Iban.of(iban).value();
		}
		jdbc.sql("update accounts_client set legal_address = ?, iban = ?, version = version + 1 where id = ?")
			.params(address, account, clientId)
			.update();
	}

	/** The client's requisites as invoices print them: legal address and IBAN, either may be null. */
	public record Requisites(String legalAddress, String iban) {
	}

	public Requisites requisites(UUID clientId, Actor actor) {
		client(clientId, actor);
		return jdbc.sql("select legal_address, iban from accounts_client where id = ?")
			.param(clientId)
			.query((rs, n) -> new Requisites(rs.getString(1), rs.getString(2)))
			.single();
	}

	/**
	 * The head gives the chosen clients to another account manager at once: the responsibility matrix, the
	 * clients and their open reminders follow; how many changed hands.
	 */
	@Transactional
	public int reassign(Collection<UUID> clients, EmployeeId to, Actor actor) {
		if (!actor.seesEverything()) {
			throw DomainException.forbidden("clients.reassign-head-only", "Only the head gives clients to another manager");
		}
		if (!responsibilities.mayHold(staff.get(to), Tier.AM)) {
			throw DomainException.invalid("clients.reassign-not-a-manager", to + " may not hold clients");
		}
		int moved = 0;
		for (UUID id : clients) {
			var client = client(id, actor);
			if (to.equals(client.accountManagerId())) {
				continue;
			}
			var assignment = responsibilities.reassign(client.company().id(), Tier.AM, to);
			jdbc.sql("""
					update accounts_client set account_manager_id = :to, assigned_reason = :reason, version = version + 1
					where id = :client""")
				.param("to", to.value())
				.param("reason", assignment.reason())
				.param("client", id)
				.update();
			jdbc.sql("update accounts_task set assignee = :to where client_id = :client and done_at is null")
				.param("to", to.value())
				.param("client", id)
				.update();
			moved++;
		}
		return moved;
	}

	/** Whether the company is a client already. */
	public boolean isClient(CompanyId company) {
		return jdbc.sql("select count(*) from accounts_client where company_id = ?").param(company.value()).query(Long.class)
			.single() > 0;
	}

	private CompanyFacts facts(CompanyId company) {
		var card = companies.getCard(company);
		return new CompanyFacts(card.industry(), card.sizeBand() == null ? null : card.sizeBand().name(), card.region());
	}

	/** The most clients a portfolio page reads (the newest); the page says so when there are more. */
	public static final int CLIENTS_READ = 5_000;

	public List<ClientView> clients(Actor actor) {
		String where = actor.seesEverything() ? "" : " where c.account_manager_id = :me";
		var spec = jdbc.sql(SELECT + where + " order by c.client_since desc limit " + CLIENTS_READ);
		if (!actor.seesEverything()) {
			spec = spec.param("me", actor.requireEmployee());
		}
		return views(spec.query(this::row).list());
	}

	/** The client a company is, as its reader may see it. */
	public ClientView clientOf(CompanyId company, Actor actor) {
		var id = jdbc.sql("select id from accounts_client where company_id = ?").param(company.value()).query(UUID.class)
			.optional()
			.orElseThrow(() -> DomainException.notFound("client.not-found", "The company " + company + " is no client"));
		return client(id, actor);
	}

	public ClientView client(UUID id, Actor actor) {
		var row = jdbc.sql(SELECT + " where c.id = ?").param(id).query(this::row).optional()
			.orElseThrow(() -> DomainException.notFound("client.not-found", "No client " + id));
		if (!actor.isOrOversees(row.manager())) {
			throw DomainException.forbidden("client.not-yours", "Client " + id + " is another account manager's");
		}
		return views(List.of(row)).get(0);
	}

	private Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("company_id", UUID.class),
				rs.getObject("account_manager_id", UUID.class), rs.getString("assigned_reason"),
				rs.getBigDecimal("first_sale_amount"), SqlTime.instant(rs, "client_since"), rs.getInt("invoices_to_issue"));
	}

	private static final String SELECT = """
			select c.*, (select count(*) from accounts_order o join accounts_invoice_request r on r.order_id = o.id
			             where o.client_id = c.id and r.status = 'REQUESTED') as invoices_to_issue
			from accounts_client c""";

	private List<ClientView> views(List<Row> rows) {
		var names = staff.names(rows.stream().map(r -> new EmployeeId(r.manager())).toList());
		var cards = companies.cards(rows.stream().map(r -> new CompanyId(r.company())).toList());
		return rows.stream()
			.map(r -> new ClientView(r.id(), cards.get(new CompanyId(r.company())), names.get(new EmployeeId(r.manager())),
					new EmployeeId(r.manager()), r.reason(), r.amount(), r.since(), r.invoicesToIssue()))
			.toList();
	}

}
