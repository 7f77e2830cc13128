package ua.relay.demo;

import java.util.ArrayList;
import java.util.Comparator;

import org.springframework.stereotype.Component;

import ua.relay.accounts.PastOrder;
import ua.relay.accounts.Portfolio;
import ua.relay.party.CompanyDirectory;

/**
 * The clients the company had before Relay: brought in by the head on the history's first day with
 * months of orders in their own rhythms, shared among the account managers, and buying on from there,
 * except a few who had drifted away already.
 */
@Component
class ExistingClients {

	private static final int COUNT = 24;

	/** Orders each brings from before Relay. */
	private static final int PAST_ORDERS = 8;

	/**
	 * Every so many had stopped buying before Relay came: brought in at risk, they are the account managers'
	 * first reminders (and, never won back, still open ones today).
	 */
	private static final int DRIFTED_AWAY = 5;

	private final CompanyDirectory companies;

	private final Portfolio portfolio;

	private final AccountManagers managers;

	ExistingClients(CompanyDirectory companies, Portfolio portfolio, AccountManagers managers) {
		this.companies = companies;
		this.portfolio = portfolio;
		this.managers = managers;
	}

	/** Brings them in now (the history's first day) and plans what each orders next. */
	void bringIn(DemoRun run, DemoCompanies generator) {
		var team = run.team();
		for (int i = 0; i < COUNT; i++) {
			var registration = companies.register(generator.next().details());
			if (!registration.created()) {
				continue;
			}
			var company = companies.getCard(registration.companyId());
			var rhythm = Rhythm.of(run, company);
			var fate = run.fates().of("past orders " + Closers.key(company), 0);
			// the last order before Relay lies within one interval of its first day; some had drifted away before
			boolean driftedAway = i % DRIFTED_AWAY == 0;
			var day = run.first()
				.minusDays(driftedAway ? rhythm.intervalDays() * 5L / 2 : 1 + fate.nextInt(rhythm.intervalDays()));
			if (driftedAway) {
				rhythm = rhythm.stoppedAfter(day);
			}
			var history = new ArrayList<PastOrder>();
			for (int k = PAST_ORDERS; k > 0; k--) {
				var service = rhythm.serviceOf(k);
				history.add(new PastOrder(service, Rhythm.describe(service, company, fate), rhythm.amount(fate), day));
				day = day.minusDays(Math.max(3, Math.round(rhythm.intervalDays() * (0.8 + 0.4 * fate.nextDouble()))));
			}
			var manager = team.managers().get(i % team.managers().size());
			var id = portfolio.importClient(registration.companyId(), DemoTeam.employeeOf(manager), history, team.head());
			run.count(DemoRun.Made.CLIENTS);
			var last = history.stream().map(PastOrder::orderedOn).max(Comparator.naturalOrder()).orElseThrow();
			managers.follow(run, new AccountManagers.Client(id, company, manager, rhythm), last, PAST_ORDERS);
		}
	}

}
