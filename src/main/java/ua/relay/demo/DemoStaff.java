package ua.relay.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import ua.relay.platform.Actor;
import ua.relay.platform.Role;
import ua.relay.platform.UserManagement;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.NewEmployee;
import ua.relay.salesorg.Shifts;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.TeamId;
import ua.relay.salesorg.Tier;
import ua.relay.salesorg.WeeklyShift;
import ua.relay.shared.EmailAddress;

/**
 * The demo company's people, hired when its history begins: the head of sales, four part-time callers on
 * three short shifts a week each (evenings or mornings, on working days), three closers and three account
 * managers in office hours, each with a login and an extension; the closers' first weeks, and the days some
 * people were away.
 */
@Component
class DemoStaff {

	static final String PASSWORD = "demo";

	/** Open leads and deals a closer carries (the application's default). */
	private static final int CAPACITY = 20;

	private static final List<String> CALLERS = List.of("Андрій Мельник", "Дарина Шевчук", "Максим Бондар",
			"Софія Ткаченко");

	private static final List<String> CLOSERS = List.of("Ігор Кравченко", "Наталія Олійник", "Богдан Лисенко");

	private static final List<String> MANAGERS = List.of("Юлія Савченко", "Тарас Руденко", "Марина Поліщук");

	private final UserManagement users;

	private final Staff staff;

	private final Shifts shifts;

	DemoStaff(UserManagement users, Staff staff, Shifts shifts) {
		this.users = users;
		this.staff = staff;
		this.shifts = shifts;
	}

	DemoTeam hire() {
		users.createUser("admin", PASSWORD, "Адміністратор", EnumSet.of(Role.ADMIN), null);
		var head = person("head", "Олена Коваленко", null, null, Role.HEAD);
		var callers = tier("caller", CALLERS, staff.formTeam("Лідогенерація", Tier.LG), Tier.LG,
				Role.CALLER);
		var closers = tier("closer", CLOSERS, staff.formTeam("Продажі · Київ", Tier.LC), Tier.LC, Role.CLOSER);
		var managers = tier("am", MANAGERS, staff.formTeam("Обслуговування клієнтів", Tier.AM), Tier.AM,
				Role.ACCOUNT_MANAGER);
		for (int i = 0; i < callers.size(); i++) {
			// two callers in the evenings, two in the mornings; Fridays have both pairs
			var days = i % 2 == 0 ? List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)
					: List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
			var from = i < 2 ? LocalTime.of(17, 0) : LocalTime.of(9, 0);
			shifts.setWeekly(DemoTeam.employeeOf(callers.get(i)),
					days.stream().map(d -> new WeeklyShift(d, from, from.plusHours(3))).toList());
		}
		// closers new to the company take leads once the head opens the distribution to them (see planOnboarding)
		for (var closer : closers.subList(1, closers.size())) {
			staff.setCapacity(DemoTeam.employeeOf(closer), 0);
		}
		return new DemoTeam(head, callers, closers, managers);
	}

	/**
	 * The head opens tier 2's distribution to the closers one after another, a week apart, as each finishes
	 * learning the company's services; the first one takes every lead meanwhile. (So no two closers ever
	 * stand equal for a lead, and the same seed gives the same closers the same leads.)
	 */
	void planOnboarding(DemoRun run) {
		var closers = run.team().closers();
		for (int i = 1; i < closers.size(); i++) {
			var closer = DemoTeam.employeeOf(closers.get(i));
			var day = AccountManagers.workingDayFrom(run.first().plusWeeks(i));
			run.timeline().at(day.atTime(8, 45).atZone(run.zone()).toInstant(), () -> staff.setCapacity(closer, CAPACITY));
		}
	}

	/**
	 * The days people were away in the history, each noted when it became known: a caller's two sick days on
	 * the morning of the first, a closer's week of leave a week ahead. The distribution passes leads by them,
	 * and their work waits for their return.
	 */
	void planDaysAway(DemoRun run) {
		long days = ChronoUnit.DAYS.between(run.first(), run.last());
		if (days < 30) {
			return;
		}
		var sick = AccountManagers.workingDayFrom(run.first().plusDays(days / 3));
		var caller = DemoTeam.employeeOf(run.team().callers().get(2));
		run.timeline().at(sick.atTime(7, 30).atZone(run.zone()).toInstant(), () -> {
			shifts.dayOff(caller, sick);
			shifts.dayOff(caller, sick.plusDays(1));
		});
		var leave = run.first().plusDays(days * 2 / 3).with(DayOfWeek.MONDAY);
		var closer = DemoTeam.employeeOf(run.team().closers().get(1));
		run.timeline().at(leave.minusDays(7).atTime(10, 0).atZone(run.zone()).toInstant(), () -> {
			for (int d = 0; d < 5; d++) {
				shifts.dayOff(closer, leave.plusDays(d));
			}
		});
	}

	private List<Actor> tier(String login, List<String> names, TeamId team, Tier tier, Role role) {
		var people = new ArrayList<Actor>();
		for (int i = 0; i < names.size(); i++) {
			people.add(person(login + (i + 1), names.get(i), tier, team, role));
		}
		return people;
	}

	private Actor person(String username, String name, Tier tier, TeamId team, Role role) {
		EmployeeId employee = staff.hire(new NewEmployee(name, tier, team, role == Role.HEAD,
				new EmailAddress(username + "@cargo.example")));
		staff.setExtension(employee, String.valueOf(100 + staff.all().size()));
		var userId = users.createUser(username, PASSWORD, name, EnumSet.of(role), employee.value());
		return new Actor(userId, username, name, employee.value(), Set.of(role));
	}

}
