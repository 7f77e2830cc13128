package ua.relay.prospecting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ua.relay.prospecting.domain.SupplyForecast.Person;
import ua.relay.salesorg.ShiftPlan;
import ua.relay.salesorg.WeeklyShift;

class SupplyForecastTests {

	private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

	private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

	private static ShiftPlan shift(DayOfWeek day, int from, int to) {
		return new ShiftPlan(List.of(new WeeklyShift(day, LocalTime.of(from, 0), LocalTime.of(to, 0))), Set.of());
	}

	private final Person mondayCaller = new Person("anna", shift(DayOfWeek.MONDAY, 17, 20), 2.0);

	private final Person closer = new Person("ihor", new ShiftPlan(List.of(), Set.of()), 1.0);

	@Test
	void aDayRunsDryWhenTheClosersWouldTakeMoreThanThereIs() {
		var days = SupplyForecast.days(MONDAY, 3, 4, List.of(mondayCaller), List.of(closer));
		assertThat(days.get(0).supply()).isEqualTo(6);
		assertThat(days.get(0).demand()).isEqualTo(9);
		assertThat(days.get(0).dry()).as("4 waiting + 6 brought < 9 taken").isFalse();
		assertThat(days.get(0).stockAtEnd()).isEqualTo(1);
		assertThat(days.get(1).dry()).as("Tuesday: nobody calls, 1 left for 9 hours of closing").isTrue();
		assertThat(days.get(1).stockAtEnd()).isZero();
	}

	@Test
	void theTargetCoversTheClosersUntilTheCallersNextShiftLessTheStockAndWhatOthersBring() {
		var now = LocalDateTime.of(MONDAY, LocalTime.of(17, 30)).atZone(KYIV).toInstant();
		var wednesday = new Person("boris", shift(DayOfWeek.WEDNESDAY, 9, 12), 2.0);
		// until anna's next shift (next Monday 17:00) the closer works 0.5 h today, 4 × 9 h Tue–Fri and 8 h next
		// Monday: 44.5 leads; 10 wait already and boris brings 6 on Wednesday
		int target = SupplyForecast.targetFor(mondayCaller, now, KYIV, 10, List.of(mondayCaller, wednesday), List.of(closer));
		assertThat(target).isEqualTo(29);
	}

	@Test
	void callersOnShiftTogetherShareTheTarget() {
		var now = LocalDateTime.of(MONDAY, LocalTime.of(17, 30)).atZone(KYIV).toInstant();
		var colleague = new Person("dasha", shift(DayOfWeek.MONDAY, 17, 20), 2.0);
		int target = SupplyForecast.targetFor(mondayCaller, now, KYIV, 0, List.of(mondayCaller, colleague), List.of(closer));
		assertThat(target).as("44.5 leads shared by two callers on shift").isEqualTo(23);
	}

}
