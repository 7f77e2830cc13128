package ua.relay.salesorg;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.platform.CompanySettings;

/**
 * The employees' weekly shifts and days off. Whoever has no shifts of their own works the office's hours,
 * and nobody works on the company's holidays (both are the company's settings).
 */
@Service
public class Shifts {

	private final JdbcClient jdbc;

	private final Staff staff;

	private final CompanySettings company;

	Shifts(JdbcClient jdbc, Staff staff, CompanySettings company) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.company = company;
	}

	/** Replaces the employee's weekly shifts. */
	@Transactional
	public void setWeekly(EmployeeId employee, List<WeeklyShift> shifts) {
		staff.get(employee);
		jdbc.sql("delete from salesorg_shift where employee_id = ?").param(employee.value()).update();
		for (WeeklyShift shift : shifts) {
			jdbc.sql("insert into salesorg_shift (id, employee_id, day_of_week, starts_at, ends_at) values (?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), employee.value(), shift.day().name(), shift.from(), shift.to())
				.update();
		}
	}

	@Transactional
	public void dayOff(EmployeeId employee, LocalDate day) {
		jdbc.sql("""
				insert into salesorg_day_off (employee_id, off_day)
				select cast(? as uuid), cast(? as date)
				where not exists (select 1 from salesorg_day_off where employee_id = ? and off_day = ?)
				""")
			.params(employee.value(), day, employee.value(), day)
			.update();
	}

	/** The shift plans of a tier's active employees, read in two queries whatever their number. */
	public Map<EmployeeView, ShiftPlan> plans(Tier tier) {
		var shifts = new HashMap<EmployeeId, List<WeeklyShift>>();
		jdbc.sql("""
				select s.employee_id, s.day_of_week, s.starts_at, s.ends_at
				from salesorg_shift s join salesorg_employee e on e.id = s.employee_id
				where e.active = true and e.tier = ?
				order by s.employee_id, s.day_of_week, s.starts_at
				""")
			.param(tier.name())
			.query((rs, n) -> shifts.computeIfAbsent(new EmployeeId(rs.getObject(1, UUID.class)), id -> new ArrayList<>())
				.add(new WeeklyShift(DayOfWeek.valueOf(rs.getString(2)), rs.getObject(3, LocalTime.class),
						rs.getObject(4, LocalTime.class))))
			.list();
		var daysOff = new HashMap<EmployeeId, Set<LocalDate>>();
		jdbc.sql("""
				select d.employee_id, d.off_day
				from salesorg_day_off d join salesorg_employee e on e.id = d.employee_id
				where e.active = true and e.tier = ?
				""")
			.param(tier.name())
			.query((rs, n) -> daysOff.computeIfAbsent(new EmployeeId(rs.getObject(1, UUID.class)), id -> new HashSet<>())
				.add(rs.getObject(2, LocalDate.class)))
			.list();
		var result = new HashMap<EmployeeView, ShiftPlan>();
		for (EmployeeView employee : staff.all()) {
			if (employee.active() && employee.tier() == tier) {
				result.put(employee, plan(shifts.getOrDefault(employee.id(), List.of()),
						daysOff.getOrDefault(employee.id(), Set.of())));
			}
		}
		return result;
	}

	/** When {@code working} of the employee's working time has passed after {@code from} (see {@link ShiftPlan#afterWorkingTime}). */
	public Instant afterWorkingTime(EmployeeId employee, Instant from, Duration working, ZoneId zone) {
		return plan(employee).afterWorkingTime(from, working, zone);
	}

	/** The employee's weekly shifts and days off, in one query: routing asks for it on every client's call. */
	public ShiftPlan plan(EmployeeId employee) {
		var shifts = new ArrayList<WeeklyShift>();
		var daysOff = new HashSet<LocalDate>();
		jdbc.sql("""
				select day_of_week, starts_at, ends_at, null as off_day from salesorg_shift where employee_id = :employee
				union all
				select null, null, null, off_day from salesorg_day_off where employee_id = :employee
				""")
			.param("employee", employee.value())
			.query(rs -> {
				String day = rs.getString(1);
				if (day == null) {
					daysOff.add(rs.getObject(4, LocalDate.class));
				}
				else {
					shifts.add(new WeeklyShift(DayOfWeek.valueOf(day), rs.getObject(2, LocalTime.class),
							rs.getObject(3, LocalTime.class)));
				}
			});
		shifts.sort(java.util.Comparator.comparing(WeeklyShift::day).thenComparing(WeeklyShift::from));
		return plan(shifts, daysOff);
	}

	/** The office's hours, as the shifts of whoever has none of their own. */
	public List<WeeklyShift> officeHours() {
		var settings = company.current();
		return settings.days().stream().map(day -> new WeeklyShift(day, settings.dayStarts(), settings.dayEnds())).toList();
	}

	private ShiftPlan plan(List<WeeklyShift> own, Set<LocalDate> daysOff) {
		var holidays = company.holidayDays();
		Set<LocalDate> off = daysOff;
		if (!holidays.isEmpty()) {
			off = new HashSet<>(daysOff);
			off.addAll(holidays);
		}
		return new ShiftPlan(own.isEmpty() ? officeHours() : own, off);
	}

}
