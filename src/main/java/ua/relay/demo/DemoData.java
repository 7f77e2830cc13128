package ua.relay.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ua.relay.accounts.CargoService;
import ua.relay.accounts.PastOrder;
import ua.relay.accounts.Portfolio;
import ua.relay.conversion.ConversionQueries;
import ua.relay.conversion.LeadInbox;
import ua.relay.conversion.Pipeline;
import ua.relay.party.CompanyDirectory;
import ua.relay.platform.Actor;
import ua.relay.platform.Role;
import ua.relay.platform.UserManagement;
import ua.relay.prospecting.CallOutcome;
import ua.relay.prospecting.CallQueue;
import ua.relay.prospecting.CallReport;
import ua.relay.prospecting.CallScripts;
import ua.relay.prospecting.MeetingSlot;
import ua.relay.prospecting.ProspectManagement;
import ua.relay.salesorg.NewEmployee;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Shifts;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.WeeklyShift;
import ua.relay.salesorg.TeamId;
import ua.relay.salesorg.Tier;
import ua.relay.shared.EmailAddress;
import ua.relay.shared.Money;

/**
 * Fills an empty database with the demo company and some history in every tier, through the same
 * services the pages use, so the demo shows only what Relay itself can produce.
 */
@Component
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final long SEED = 20261126L;

	private final UserManagement users;

	private final Staff staff;

	private final CompanyDirectory companies;

	private final ProspectManagement prospects;

	private final CallQueue queue;

	private final LeadInbox inbox;

	private final Pipeline pipeline;

	private final ConversionQueries conversion;

	private final Portfolio portfolio;

	private final DemoProperties properties;

	private final CallScripts scripts;

	private final Shifts shifts;

	private final java.time.Clock clock;

	private final boolean embeddedDatabase;

	DemoData(UserManagement users, Staff staff, CompanyDirectory companies, ProspectManagement prospects,
			CallQueue queue, LeadInbox inbox, Pipeline pipeline, ConversionQueries conversion, Portfolio portfolio,
			DemoProperties properties, CallScripts scripts, Shifts shifts, java.time.Clock clock, @Value("${spring.datasource.url:}") String datasourceUrl) {
		this.users = users;
		this.staff = staff;
		this.companies = companies;
		this.prospects = prospects;
		this.queue = queue;
		this.inbox = inbox;
		this.pipeline = pipeline;
		this.conversion = conversion;
		this.portfolio = portfolio;
		this.properties = properties;
		this.scripts = scripts;
		this.shifts = shifts;
		this.clock = clock;
		this.embeddedDatabase = datasourceUrl.startsWith("jdbc:h2:");
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.enabledFor(embeddedDatabase)) {
			return;
		}
		if (users.anyUserExists()) {
			log.info("Demo data: the database has users already, nothing added");
			printLogins();
			return;
		}
		long started = System.nanoTime();
		var random = new Random(SEED);
		users.createUser("admin", PASSWORD, "Адміністратор", EnumSet.of(Role.ADMIN), null);
		var head = person("head", "Олена Коваленко", null, null, Role.HEAD);
		var callersTeam = staff.formTeam("Лідогенерація · вечірня зміна", Tier.LG);
		var closersTeam = staff.formTeam("Продажі · Київ", Tier.LC);
		var managersTeam = staff.formTeam("Обслуговування клієнтів", Tier.AM);
		var callers = new ArrayList<Actor>();
		String[] callerNames = { "Андрій Мельник", "Дарина Шевчук", "Максим Бондар", "Софія Ткаченко" };
		for (int i = 0; i < callerNames.length; i++) {
			callers.add(person("caller" + (i + 1), callerNames[i], Tier.LG, callersTeam, Role.CALLER));
		}
		var closers = new ArrayList<Actor>();
		String[] closerNames = { "Ігор Кравченко", "Наталія Олійник", "Богдан Лисенко" };
		for (int i = 0; i < closerNames.length; i++) {
			closers.add(person("closer" + (i + 1), closerNames[i], Tier.LC, closersTeam, Role.CLOSER));
		}
		String[] managerNames = { "Юлія Савченко", "Тарас Руденко", "Марина Поліщук" };
		var managers = new ArrayList<Actor>();
		for (int i = 0; i < managerNames.length; i++) {
			managers.add(person("am" + (i + 1), managerNames[i], Tier.AM, managersTeam, Role.ACCOUNT_MANAGER));
		}

		// part-time callers: three short shifts a week each, evenings or mornings; closers keep office hours
		for (int i = 0; i < callers.size(); i++) {
			var days = i % 2 == 0 ? List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)
					: List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY);
			var from = i < 2 ? LocalTime.of(17, 0) : LocalTime.of(9, 0);
			shifts.setWeekly(new EmployeeId(callers.get(i).employeeId()),
					days.stream().map(d -> new WeeklyShift(d, from, from.plusHours(3))).toList());
		}

		var generator = new DemoCompanies(SEED);
		for (int i = 0; i < properties.prospects(); i++) {
			var registration = companies.register(generator.next().details());
			if (registration.created()) {
				prospects.enqueue(registration.companyId(), random.nextInt(100));
			}
		}

		scripts.save(DemoScript.cargo(), head);

		int handedOver = 0;
		for (var caller : callers) {
			for (int call = 0; call < properties.callsPerCaller(); call++) {
				var prospect = queue.next(caller);
				if (prospect.isEmpty()) {
					break;
				}
				var report = demoCall(call, random);
				if (report.outcome() == CallOutcome.INTERESTED) {
					walkTheScript(prospect.get().id(), random, caller);
					var slots = queue.meetingSlots(caller);
					if (call % 12 == 6 && !slots.isEmpty()) {
						var slot = slots.get(random.nextInt(Math.min(10, slots.size())));
						report = CallReport.meeting(new MeetingSlot(slot.employee(), slot.start()), report.note());
					}
				}
				queue.record(prospect.get().id(), report, caller);
				handedOver += report.outcome().handsOver() ? 1 : 0;
			}
		}
		int expectedLeads = handedOver;
		await("leads reach tier 2", () -> conversion.newLeads(head).size() >= expectedLeads);

		int won = 0;
		for (var closer : closers) {
			var leads = conversion.newLeads(closer);
			for (int i = 0; i < leads.size(); i++) {
				if (i % 3 == 2) {
					continue; // some stay in the inbox
				}
				var deal = inbox.accept(leads.get(i).id(), closer);
				if (i % 3 == 0) {
					pipeline.win(deal, new Money(BigDecimal.valueOf(15_000 + random.nextInt(85_000))), closer);
					won++;
				}
			}
		}
		int expectedClients = won;
		await("first sales reach tier 3", () -> portfolio.clients(head).size() >= expectedClients);
		int existing = existingClients(generator, managers, head, random);
		log.info("Demo data: {} prospects, {} leads handed over, {} first sales, {} existing clients, in {} ms",
				properties.prospects(), handedOver, won, existing, Duration.ofNanos(System.nanoTime() - started).toMillis());
		printLogins();
	}

	/**
	 * Clients the company had before Relay, with a year of orders in their own rhythms (every two to five
	 * weeks): some due to buy again today, some well past it, some not yet.
	 */
	private int existingClients(DemoCompanies generator, List<Actor> managers, Actor head, Random random) {
		var today = LocalDate.now(clock);
		String[] services = { "Перевезення палет Київ — Львів", "Рефрижераторна доставка Одеса — Київ",
				"Збірний вантаж по Україні", "Доставка будматеріалів Дніпро — Харків" };
		// what each kind of client buys, and what some of them buy besides (the pairs cross-selling finds)
		CargoService[] main = { CargoService.PALLETS, CargoService.REFRIGERATED, CargoService.GROUPAGE, CargoService.FULL_TRUCK };
		CargoService[] besides = { CargoService.WAREHOUSING, CargoService.EXPRESS, CargoService.CUSTOMS, CargoService.WAREHOUSING };
		int made = 0;
		for (int i = 0; i < 24; i++) {
			var registration = companies.register(generator.next().details());
			if (!registration.created()) {
				continue;
			}
			int interval = 14 + 7 * (i % 4);
			int lastAgo = i % 6 == 0 ? interval * 5 / 2 : i % 3 == 1 ? interval + 2 : interval / 2;
			var history = new ArrayList<PastOrder>();
			for (int k = 0; k < 8; k++) {
				int jitter = k == 0 ? 0 : random.nextInt(5) - 2;
				var service = k % 3 == 2 && i % 5 != 4 ? besides[i % besides.length] : main[i % main.length];
				history.add(new PastOrder(service, services[i % services.length],
						BigDecimal.valueOf(8_000 + random.nextInt(52_000)), today.minusDays(lastAgo + (long) k * interval + jitter)));
			}
			portfolio.importClient(registration.companyId(), new EmployeeId(managers.get(i % managers.size()).employeeId()),
					history, head);
			made++;
		}
		return made;
	}

	/** An interested prospect answers along the script: how often, how much, how happy with its carrier. */
	private void walkTheScript(ua.relay.prospecting.ProspectId prospect, Random random, Actor caller) {
		scripts.advance(prospect, "hello", null, caller);
		scripts.advance(prospect, "ships", random.nextInt(2), caller);
		scripts.advance(prospect, "volume", random.nextInt(3), caller);
		scripts.advance(prospect, "carrier", random.nextInt(2), caller);
	}

	/** A plausible mix of outcomes: most calls are not answered or refused, some hand over. */
	private CallReport demoCall(int call, Random random) {
		return switch (call % 6) {
			case 0 -> CallReport.of(CallOutcome.INTERESTED, "Возять вантажі щотижня, цікавить доставка по Україні");
			case 1 -> CallReport.of(CallOutcome.NO_ANSWER, null);
			case 2 -> CallReport.of(CallOutcome.NOT_INTERESTED, "Вже мають перевізника");
			case 3 -> new CallReport(CallOutcome.CALLBACK, "Просили передзвонити після обіду",
					clock.instant().plus(Duration.ofHours(2 + random.nextInt(20))));
			case 4 -> CallReport.of(CallOutcome.BUSY, null);
			default -> call % 12 == 5 ? CallReport.of(CallOutcome.ESCALATE, "Питають про митне оформлення у Польщу")
					: CallReport.of(CallOutcome.NOT_INTERESTED, "Немає потреби");
		};
	}

	private Actor person(String username, String name, Tier tier, TeamId team, Role role) {
		var employee = staff.hire(new NewEmployee(name, tier, team, role == Role.HEAD,
				new EmailAddress(username + "@cargo.example")));
		staff.setExtension(employee, String.valueOf(101 + staff.all().size() - 1));
		UUID userId = users.createUser(username, PASSWORD, name, EnumSet.of(role), employee.value());
		return new Actor(userId, username, name, employee.value(), Set.of(role));
	}

	private static void await(String what, BooleanSupplier done) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!done.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				log.warn("Demo data: gave up waiting until {}", what);
				return;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void printLogins() {
		List<String> logins = List.of("admin", "head", "caller1", "caller2", "caller3", "caller4", "closer1",
				"closer2", "closer3", "am1", "am2", "am3");
		log.info("""

				  Relay demo logins (password for all: {}):
				    {}
				""", PASSWORD, String.join(", ", logins));
	}

}
