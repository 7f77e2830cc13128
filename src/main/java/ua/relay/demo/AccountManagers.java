package ua.relay.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Random;
import java.util.UUID;

import org.springframework.stereotype.Component;

import ua.relay.accounts.Billing;
import ua.relay.accounts.Cadence;
import ua.relay.accounts.ClientTimeline;
import ua.relay.accounts.InvoiceView;
import ua.relay.accounts.Portfolio;
import ua.relay.party.CompanyCard;
import ua.relay.platform.Actor;
import ua.relay.salesorg.Responsibilities;
import ua.relay.salesorg.Tier;

/**
 * Tier 3's months: every morning the sweep makes the reminders of clients due to buy, and each account
 * manager calls about them; clients order again in their own rhythms (some stop, and are at risk today),
 * each order is invoiced, and invoices are paid: most on time, some in parts, some late, a few not at all.
 */
@Component
class AccountManagers {

	/** How the sweep marks a reminder about a client at risk (see {@code Cadence.sweep}). */
	private static final String AT_RISK = "під загрозою відтоку";

	/** A client being followed: whose it is and how it buys. */
	record Client(UUID id, CompanyCard company, Actor manager, Rhythm rhythm) {
	}

	private final Portfolio portfolio;

	private final Billing billing;

	private final Cadence cadence;

	private final ClientTimeline contacts;

	private final Responsibilities responsibilities;

	AccountManagers(Portfolio portfolio, Billing billing, Cadence cadence, ClientTimeline contacts,
			Responsibilities responsibilities) {
		this.responsibilities = responsibilities;
		this.portfolio = portfolio;
		this.billing = billing;
		this.cadence = cadence;
		this.contacts = contacts;
	}

	/**
	 * The reminders' sweep at seven on working mornings (the scheduled one runs every day, but what it makes at
	 * weekends waits for Monday all the same), and the managers' calls about them.
	 */
	void plan(DemoRun run) {
		for (var day = run.first().plusDays(1); !day.isAfter(run.last()); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				run.timeline().at(at(run, day, LocalTime.of(7, 0)), cadence::sweep);
				run.timeline().at(at(run, day, LocalTime.of(9, 20)),
						() -> run.team().managers().forEach(manager -> callAboutReminders(run, manager)));
			}
		}
	}

	/**
	 * A first sale makes the company a client: once tier 3 has it, its first order is invoiced the next
	 * morning, and it buys again in its rhythm.
	 */
	void welcome(DemoRun run, CompanyCard company, Random fate) {
		// tier 3 names the account manager in the transaction that makes the client: once one is named, it is there
		var manager = HandOffs.awaitDone(() -> responsibilities.responsible(company.id(), Tier.AM));
		if (manager.isEmpty()) {
			return;
		}
		var view = portfolio.clients(run.team().as(manager.get())).stream()
			.filter(c -> c.company().id().equals(company.id()))
			.findFirst();
		if (view.isEmpty()) {
			return;
		}
		var client = new Client(view.get().id(), view.get().company(), run.team().as(view.get().accountManagerId()),
				Rhythm.of(run, company));
		run.count(DemoRun.Made.CLIENTS);
		var today = run.today();
		run.timeline().at(at(run, workingDayFrom(today.plusDays(1)), LocalTime.of(10, fate.nextInt(50))),
				() -> invoiceWhatWaits(run, client));
		follow(run, client, today, 1);
	}

	/** Plans the client's next order after the one on {@code last}, unless it has stopped buying by then. */
	void follow(DemoRun run, Client client, LocalDate last, int n) {
		var fate = run.fates().of("order " + Closers.key(client.company()), n);
		var day = workingDayFrom(client.rhythm().nextAfter(last, fate));
		if (client.rhythm().buysOn(day)) {
			run.timeline().at(at(run, day, LocalTime.of(10, 0)).plus(Duration.ofMinutes(fate.nextInt(390))),
					() -> order(run, client, n, fate));
		}
	}

	/** The client orders again; the manager takes the order, invoices it, and closes the reminder about it. */
	private void order(DemoRun run, Client client, int n, Random fate) {
		var service = client.rhythm().serviceOf(n);
		var order = billing.order(client.id(), service, Rhythm.describe(service, client.company(), fate),
				client.rhythm().amount(fate), client.manager());
		run.count(DemoRun.Made.ORDERS);
		collect(run, client, billing.invoice(order, client.manager()), fate);
		cadence.reminders(client.manager()).stream()
			.filter(reminder -> reminder.clientId().equals(client.id()))
			.forEach(reminder -> cadence.done(reminder.id(), client.manager()));
		follow(run, client, run.today(), n + 1);
	}

	private void invoiceWhatWaits(DemoRun run, Client client) {
		for (var order : billing.orders(client.id(), client.manager())) {
			if (order.toInvoice()) {
				collect(run, client, billing.invoice(order.id(), client.manager()),
						run.fates().of("invoice " + order.description() + Closers.key(client.company()), 0));
			}
		}
	}

	/**
	 * How the invoice gets paid: mostly within its days; some in two parts (a few still owe the rest), some
	 * late, some not at all.
	 */
	private void collect(DemoRun run, Client client, InvoiceView invoice, Random fate) {
		run.count(DemoRun.Made.INVOICES);
		int way = fate.nextInt(100);
		var issued = invoice.issuedOn();
		var total = invoice.total();
		int days = (int) Math.max(1, ChronoUnit.DAYS.between(issued, invoice.dueOn()));
		if (way < 64) {
			pay(run, client, invoice.id(), issued.plusDays(1 + fate.nextInt(days)), total, fate);
		}
		else if (way < 78) {
			var part = total.multiply(BigDecimal.valueOf(40 + fate.nextInt(21))).divide(BigDecimal.valueOf(100), 0,
					RoundingMode.HALF_UP);
			pay(run, client, invoice.id(), issued.plusDays(1 + fate.nextInt(days)), part, fate);
			if (fate.nextInt(10) < 7) {
				pay(run, client, invoice.id(), invoice.dueOn().plusDays(fate.nextInt(12)), total.subtract(part), fate);
			}
		}
		else if (way < 91) {
			pay(run, client, invoice.id(), invoice.dueOn().plusDays(3 + fate.nextInt(25)), total, fate);
		}
	}

	/** A payment of {@code amount} arrives on the day (the first working day from it). */
	private void pay(DemoRun run, Client client, UUID invoice, LocalDate day, BigDecimal amount, Random fate) {
		var at = at(run, workingDayFrom(day), LocalTime.of(11, 0)).plus(Duration.ofMinutes(fate.nextInt(300)));
		run.timeline().at(at, () -> {
			billing.pay(invoice, amount, run.today(), client.manager());
			run.count(DemoRun.Made.PAYMENTS);
		});
	}

	/**
	 * The manager calls each client a new reminder names, once, and notes what they heard; the reminder stays
	 * open until the client orders, or until a newer one about the same client replaces it.
	 */
	private void callAboutReminders(DemoRun run, Actor manager) {
		var newest = new LinkedHashMap<UUID, Cadence.Reminder>();
		for (var reminder : cadence.reminders(manager)) {
			var older = newest.put(reminder.clientId(), reminder);
			if (older != null) {
				cadence.done(older.id(), manager);
			}
		}
		for (var reminder : newest.values()) {
			if (run.turn("reminder " + reminder.id()) == 1) {
				contacts.record(reminder.clientId(), ClientTimeline.Kind.CALL,
						reminder.title().contains(AT_RISK) ? "Не замовляють: кажуть, що відправок поки немає"
								: "Нагадали про відправку: планують замовлення цими днями",
						null, manager);
			}
		}
	}

	static boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	/** The day itself if people work on it, else the Monday after. */
	static LocalDate workingDayFrom(LocalDate day) {
		var working = day;
		while (!isWorkingDay(working)) {
			working = working.plusDays(1);
		}
		return working;
	}

	private static Instant at(DemoRun run, LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(run.zone()).toInstant();
	}


}
