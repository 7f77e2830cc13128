package ua.relay.salesorg;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

	/** The shift plans of a tier's active employees. */
	public Map<EmployeeView, ShiftPlan> plans(Tier tier) {
		var result = new HashMap<EmployeeView, ShiftPlan>();
		for (EmployeeView employee : staff.all()) {
			if (employee.active() && employee.tier() == tier) {
				result.put(employee, plan(employee.id()));
			}
		}
		return result;
	}

	public ShiftPlan plan(EmployeeId employee) {
		var shifts = jdbc.sql("select day_of_week, starts_at, ends_at from salesorg_shift where employee_id = ? order by day_of_week, starts_at")
			.param(employee.value())
			.query((rs, n) -> new WeeklyShift(DayOfWeek.valueOf(rs.getString(1)), rs.getObject(2, LocalTime.class),
					rs.getObject(3, LocalTime.class)))
			.list();
		var daysOff = new HashSet<>(jdbc.sql("select off_day from salesorg_day_off where employee_id = ?")
			.param(employee.value())
			.query(LocalDate.class)
			.list());
		return new ShiftPlan(shifts, daysOff);
	}

}
