package ua.relay.salesorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ShiftPlanTests {

	private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

	private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

	private final ShiftPlan evenings = new ShiftPlan(List.of(new WeeklyShift(DayOfWeek.MONDAY, LocalTime.of(17, 0), LocalTime.of(20, 0)),
			new WeeklyShift(DayOfWeek.WEDNESDAY, LocalTime.of(17, 0), LocalTime.of(20, 0))), Set.of(MONDAY.plusDays(9)));

	private static java.time.Instant at(LocalDate day, int hour) {
		return LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(KYIV).toInstant();
	}

	@Test
	void countsHoursPerDayLessDaysOff() {
		assertThat(evenings.hoursOn(MONDAY)).isEqualTo(3);
		assertThat(evenings.hoursOn(MONDAY.plusDays(1))).isZero();
		assertThat(evenings.hoursOn(MONDAY.plusDays(9))).as("Wednesday off").isZero();
	}

	@Test
	void countsTheHoursInsideAWindow() {
		assertThat(evenings.hoursBetween(at(MONDAY, 18), at(MONDAY.plusDays(2), 18), KYIV)).isEqualTo(2 + 1);
	}

	@Test
	void findsTheNextShiftAndWhetherOneIsOn() {
		assertThat(evenings.onShift(at(MONDAY, 18), KYIV)).isTrue();
		assertThat(evenings.onShift(at(MONDAY, 21), KYIV)).isFalse();
		assertThat(evenings.nextStartAfter(at(MONDAY, 18), KYIV)).contains(at(MONDAY.plusDays(2), 17));
		assertThat(evenings.nextStartAfter(at(MONDAY.plusDays(7), 18), KYIV)).as("skips the day off")
			.contains(at(MONDAY.plusDays(14), 17));
	}

	@Test
	void withoutShiftsItIsOfficeHours() {
		var office = new ShiftPlan(List.of(), Set.of());
		assertThat(office.hoursOn(MONDAY)).isEqualTo(9);
		assertThat(office.hoursOn(MONDAY.plusDays(5))).isZero();
	}

	@Test
	void workingTimeRunsOnlyOnShiftAndSkipsDaysOff() {
		// office hours 9–18 on weekdays: four working hours from Friday 16:00 end on Monday 11:00
		var office = new ShiftPlan(List.of(), Set.of());
		var friday = MONDAY.minusDays(3);
		assertThat(office.afterWorkingTime(at(friday, 16), java.time.Duration.ofHours(4), KYIV)).isEqualTo(at(MONDAY, 11));
		// received at night, the clock starts with the shift
		assertThat(office.afterWorkingTime(at(MONDAY, 2), java.time.Duration.ofHours(1), KYIV)).isEqualTo(at(MONDAY, 10));
		// evenings Monday and Wednesday, the second Wednesday off: 4 h from Monday 19:00 end on Wednesday 20:00
		assertThat(evenings.afterWorkingTime(at(MONDAY, 19), java.time.Duration.ofHours(4), KYIV))
			.isEqualTo(at(MONDAY.plusDays(2), 20));
	}

}
