package ua.relay.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ua.relay.IntegrationTest;
import ua.relay.Prospects;
import ua.relay.Staffing;
import ua.relay.conversion.DealId;
import ua.relay.conversion.FirstSaleClosed;
import ua.relay.platform.Actor;
import ua.relay.platform.ApplicationClock;
import ua.relay.platform.CompanySettings;
import ua.relay.platform.Role;
import ua.relay.platform.SqlTime;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Organisation;
import ua.relay.salesorg.OrganisationMode;
import ua.relay.shared.Money;

/** Clients due to buy again become their account manager's reminders, once per expected day. */
@IntegrationTest
class CadenceIT {

	@Autowired
	Staffing staffing;

	@Autowired
	ClientTimeline timeline;

	@Autowired
	Prospects prospects;

	@Autowired
	Portfolio portfolio;

	@Autowired
	Cadence cadence;

	@Autowired
	OverdueNotices overdue;

	@Autowired
	Segments segments;

	@Autowired
	Billing billing;

	@Autowired
	ManagerFigures figures;

	@Autowired
	Organisation organisation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	CompanySettings settings;

	@Test
	void aClientPastItsRhythmBecomesItsManagersReminderOnce() {
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		var today = LocalDate.now(clock);
		// ordered every 21 days, the last 25 days ago
		var client = clientOf(manager, today.minusDays(25 + 21 * 4));
		for (int i = 3; i >= 0; i--) {
			order(client, today.minusDays(25 + 21L * i));
		}
		var quiet = clientOf(manager, today.minusDays(3)); // bought three days ago: nothing to remind

		var rhythm = cadence.all().get(client);
		assertThat(rhythm.intervalDays()).isEqualTo(21);
		assertThat(rhythm.daysSinceLast()).isEqualTo(25);
		assertThat(rhythm.due()).isTrue();
		assertThat(rhythm.atRisk()).isFalse();
		assertThat(cadence.all().get(quiet).due()).isFalse();

		cadence.sweep();
		cadence.sweep();

		var reminders = cadence.reminders(manager);
		assertThat(reminders).singleElement().satisfies(r -> {
			assertThat(r.clientId()).isEqualTo(client);
			assertThat(r.title()).contains("кожні 21 дн.", "25 дн. від останнього");
			assertThat(r.intervalDays()).isEqualTo(21);
			assertThat(r.ownHistory()).isTrue();
			assertThat(r.daysSince()).isEqualTo(25);
		});
		var other = staffing.hire(Role.ACCOUNT_MANAGER);
		assertThat(cadence.reminders(other)).isEmpty();
		assertThatThrownBy(() -> cadence.done(reminders.get(0).id(), other)).hasMessageContaining("No open reminder");
		cadence.done(reminders.get(0).id(), ReminderResult.NO_ANSWER, "Не взяли слухавку", manager);
		assertThat(cadence.reminders(manager)).isEmpty();
		cadence.reopen(reminders.get(0).id(), manager);
		assertThat(cadence.reminders(manager)).as("a reminder done by mistake, back on the list").hasSize(1);
		cadence.done(reminders.get(0).id(), ReminderResult.WILL_ORDER, null, manager);
		assertThat(cadence.reminders(manager)).isEmpty();
		assertThat(timeline.of(client, manager)).filteredOn(e -> e.kind() == ClientTimeline.Kind.REMINDER)
			.singleElement()
			.satisfies(e -> assertThat(e.code()).isEqualTo("reminder.result.WILL_ORDER"));
		var numbers = figures.between(today.minusDays(60), today, manager);
		assertThat(numbers).singleElement().satisfies(n -> {
			assertThat(n.clients()).isEqualTo(2);
			assertThat(n.repeatRevenue()).as("the two repeat orders within 60 days").isEqualByComparingTo("20000");
			assertThat(n.clientsAtStart()).isEqualTo(1);
			assertThat(n.retained()).isEqualTo(1);
			assertThat(n.remindersDue()).isEqualTo(1);
			assertThat(n.remindersInTime()).isEqualTo(1);
		});
		cadence.sweep();
		assertThat(cadence.reminders(manager)).as("the same expected day is not reminded twice").isEmpty();
	}

	@Test
	void theDaysRemindersAreMadeAtTheTimeTheCompanySet() {
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		var head = staffing.hire(Role.HEAD);
		var today = LocalDate.now(clock);
		var client = clientOf(manager, today.minusDays(25 + 21 * 2));
		for (int i = 1; i >= 0; i--) {
			order(client, today.minusDays(25 + 21L * i));
		}
		var before = settings.current();
		var sweeps = new ReminderSweeps(cadence, settings, clock, overdue);
		try {
			settings.change(head, settings.version().number(), new CompanySettings.Settings(before.firstTouch(),
					before.workingDays(), before.dayStarts(), before.dayEnds(), before.leadsPerCallerHour(),
					before.closerLeadsPerHour(), LocalTime.of(8, 30)));
			((ApplicationClock) clock).setTo(today.atTime(8, 25).atZone(clock.getZone()).toInstant());
			sweeps.whenDue();
			assertThat(cadence.reminders(manager)).as("before the company's time").isEmpty();
			((ApplicationClock) clock).setTo(today.atTime(8, 30).atZone(clock.getZone()).toInstant());
			sweeps.whenDue();
			assertThat(cadence.reminders(manager)).singleElement()
				.satisfies(r -> assertThat(r.clientId()).isEqualTo(client));
		}
		finally {
			((ApplicationClock) clock).resetToPresent();
			settings.change(head, settings.version().number(), before);
		}
	}

	@Test
	void anExistingClientComesInWithItsHistoryAndIsAtRiskWhenLongSilent() {
		var head = staffing.hire(Role.HEAD);
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		var managerId = new EmployeeId(manager.requireEmployee());
		var today = LocalDate.now(clock);
		var company = prospects.registerOne();
		var history = new java.util.ArrayList<PastOrder>();
		for (int k = 0; k < 6; k++) {
			history.add(new PastOrder("Збірний вантаж", new java.math.BigDecimal("15000"), today.minusDays(75 + 28L * k)));
		}
		assertThatThrownBy(() -> portfolio.importClient(company, managerId, history, manager))
			.hasMessageContaining("Only the head");

		var client = portfolio.importClient(company, managerId, history, head);

		assertThatThrownBy(() -> portfolio.importClient(company, managerId, history, head)).hasMessageContaining("client already");
		var rhythm = cadence.all().get(client);
		assertThat(rhythm.intervalDays()).isEqualTo(28);
		assertThat(rhythm.daysSinceLast()).isEqualTo(75);
		assertThat(rhythm.atRisk()).as("75 days against a 28-day rhythm").isTrue();
		assertThat(portfolio.client(client, manager).assignedReason()).isEqualTo("reason.imported");
		var imported = billing.orders(client, manager);
		assertThat(imported).as("invoiced before Relay").noneMatch(OrderView::toInvoice);
		assertThatThrownBy(() -> billing.invoice(imported.get(0).id(), manager)).hasMessageContaining("before Relay");
		cadence.sweep();
		assertThat(cadence.reminders(manager)).singleElement()
			.satisfies(r -> assertThat(r.title()).contains("під загрозою відтоку"));
	}

	@Test
	void aManagersClientsAreScoredAgainstTheWholePortfolio() {
		var manager = staffing.hire(Role.ACCOUNT_MANAGER);
		var today = LocalDate.now(clock);
		var frequent = clientOf(manager, today.minusDays(200));
		for (int i = 0; i < 20; i++) {
			order(frequent, today.minusDays(2 + 9L * i));
		}
		var gone = clientOf(manager, today.minusDays(300));

		var mine = segments.of(manager);

		assertThat(mine).extracting(Segments.ClientSegment::clientId).containsExactlyInAnyOrder(frequent, gone);
		var best = mine.stream().filter(c -> c.clientId().equals(frequent)).findFirst().orElseThrow();
		var worst = mine.stream().filter(c -> c.clientId().equals(gone)).findFirst().orElseThrow();
		assertThat(best.recency()).isGreaterThan(worst.recency());
		assertThat(best.frequency()).isGreaterThan(worst.frequency());
		assertThat(best.ordersInYear()).isEqualTo(21);
		assertThat(segments.spread(manager).values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
	}

	private void order(UUID client, LocalDate day) {
		jdbc.sql("""
				insert into accounts_order (id, client_id, description, amount, ordered_at, source, version)
				values (?, ?, 'Перевезення', 10000, ?, 'MANAGER', 0)
				""")
			.params(UUID.randomUUID(), client, SqlTime.of(day.atTime(10, 0).atZone(clock.getZone()).toInstant()))
			.update();
	}

	/** A client of this manager whose first sale was on {@code firstSale}. */
	private UUID clientOf(Actor manager, LocalDate firstSale) {
		var head = staffing.hire(Role.HEAD);
		organisation.switchTo(OrganisationMode.CLASSIC, head);
		try {
			return portfolio.welcome(new FirstSaleClosed(DealId.random(), prospects.registerOne(),
					new EmployeeId(manager.requireEmployee()), Money.uah(10_000),
					firstSale.atTime(10, 0).atZone(clock.getZone()).toInstant()));
		}
		finally {
			organisation.switchTo(OrganisationMode.THREE_TIER, head);
		}
	}

}
