package ua.relay.accounts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ua.relay.party.CompanyDirectory;
import ua.relay.party.CompanyId;
import ua.relay.salesorg.CompanyFacts;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.HeldWork;
import ua.relay.salesorg.Responsibilities;
import ua.relay.salesorg.Tier;

/**
 * What an account manager holds in tier 3: their clients, each with its open tasks and reminders, to the
 * manager the head chose or, one by one, to whom the specialisation rule gives it (a specialist in such
 * clients, else the least loaded).
 */
@Component
class AccountManagersHeldWork implements HeldWork {

	private final JdbcClient jdbc;

	private final Responsibilities responsibilities;

	private final CompanyDirectory companies;

	AccountManagersHeldWork(JdbcClient jdbc, Responsibilities responsibilities, CompanyDirectory companies) {
		this.jdbc = jdbc;
		this.responsibilities = responsibilities;
		this.companies = companies;
	}

	private record Client(UUID id, CompanyId company) {
	}

	@Override
	public List<Held> heldBy(EmployeeId employee) {
		int clients = clientsOf(employee).size();
		return clients == 0 ? List.of() : List.of(new Held(Kind.CLIENTS, clients));
	}

	@Override
	public List<Handed> handOver(HandOverPlan plan) {
		var given = new LinkedHashMap<EmployeeId, Integer>();
		for (var client : clientsOf(plan.leaver().id())) {
			var card = companies.getCard(client.company());
			var facts = new CompanyFacts(card.industry(), card.sizeBand() == null ? null : card.sizeBand().name(),
					card.region());
			var to = responsibilities.handOver(client.company(), Tier.AM, plan, plan.accountManager(),
					java.util.Map.of(), facts);
			jdbc.sql("""
					update accounts_client set account_manager_id = ?, assigned_reason = ?, version = version + 1
					where id = ?
					""")
				.params(to.employee().value(), to.reason(), client.id())
				.update();
			jdbc.sql("update accounts_task set assignee = ? where client_id = ? and done_at is null")
				.params(to.employee().value(), client.id())
				.update();
			given.merge(to.employee(), 1, Integer::sum);
		}
		var handed = new ArrayList<Handed>();
		given.forEach((to, count) -> handed.add(new Handed(Kind.CLIENTS, to, count)));
		return handed;
	}

	private List<Client> clientsOf(EmployeeId manager) {
		return jdbc.sql("select id, company_id from accounts_client where account_manager_id = ? order by client_since, id")
			.param(manager.value())
			.query((rs, n) -> new Client(rs.getObject(1, UUID.class), new CompanyId(rs.getObject(2, UUID.class))))
			.list();
	}

}
