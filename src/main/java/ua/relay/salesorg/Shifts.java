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

/** The employees' weekly shifts and days off. */
@Service
public class Shifts {

	private final JdbcClient jdbc;

	private final Staff staff;

	Shifts(JdbcClient jdbc, Staff staff) {
		this.jdbc = jdbc;
		this.staff = staff;
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
				result.put(employee, new ShiftPlan(shifts.getOrDefault(employee.id(), List.of()),
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
		return new ShiftPlan(shifts, daysOff);
	}

}
