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

}
