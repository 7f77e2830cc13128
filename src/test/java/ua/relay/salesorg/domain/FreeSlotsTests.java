package ua.relay.salesorg.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ua.relay.salesorg.ShiftPlan;
import ua.relay.salesorg.WeeklyShift;

class FreeSlotsTests {

	private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

	private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

	private static final ShiftPlan OFFICE = new ShiftPlan(List.of(), Set.of());

	private static Instant at(LocalDate day, int hour, int minute) {
		return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(KYIV).toInstant();
	}

	@Test
	void offersTheWorkingHoursInSlotsAndSkipsTheWeekend() {
		var slots = FreeSlots.within(OFFICE.windows(FRIDAY, 3, KYIV), List.of(), Duration.ofHours(1), at(FRIDAY, 0, 0));
		assertThat(slots).hasSize(9).first().isEqualTo(at(FRIDAY, 9, 0));
		assertThat(slots).last().isEqualTo(at(FRIDAY, 17, 0));
	}

	@Test
	void leavesOutWhatIsBookedAndWhatIsTooSoon() {
		var busy = List.of(new FreeSlots.Busy(at(FRIDAY, 10, 30), at(FRIDAY, 11, 15)));
		var slots = FreeSlots.within(OFFICE.windows(FRIDAY, 1, KYIV), busy, Duration.ofMinutes(45), at(FRIDAY, 9, 10));
		assertThat(slots).doesNotContain(at(FRIDAY, 9, 0) /* too soon */, at(FRIDAY, 10, 30) /* booked */)
			.contains(at(FRIDAY, 9, 45) /* ends as the booking starts */, at(FRIDAY, 11, 15));
	}

	@Test
	void followsTheShiftsAndDaysOff() {
		var evenings = new ShiftPlan(List.of(new WeeklyShift(DayOfWeek.FRIDAY, LocalTime.of(17, 0), LocalTime.of(19, 0))),
				Set.of(FRIDAY.plusDays(7)));
		var slots = FreeSlots.within(evenings.windows(FRIDAY, 14, KYIV), List.of(), Duration.ofHours(1), at(FRIDAY, 0, 0));
		assertThat(slots).containsExactly(at(FRIDAY, 17, 0), at(FRIDAY, 18, 0));
		assertThat(evenings.covers(at(FRIDAY, 18, 0), at(FRIDAY, 19, 0), KYIV)).isTrue();
		assertThat(evenings.covers(at(FRIDAY, 18, 30), at(FRIDAY, 19, 15), KYIV)).isFalse();
	}

}
