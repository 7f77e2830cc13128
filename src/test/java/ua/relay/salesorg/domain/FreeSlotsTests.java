package ua.relay.salesorg.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class FreeSlotsTests {

	private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

	private static final WorkingHours OFFICE = WorkingHours.officeHours(KYIV);

	private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

	private static Instant at(LocalDate day, int hour, int minute) {
		return LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(KYIV).toInstant();
	}

	@Test
	void offersTheWorkingHoursInSlotsAndSkipsTheWeekend() {
		var slots = FreeSlots.between(OFFICE, List.of(), FRIDAY, 3, Duration.ofHours(1), at(FRIDAY, 0, 0));
		assertThat(slots).hasSize(9 + 0 + 0).first().isEqualTo(at(FRIDAY, 9, 0));
		assertThat(slots).last().isEqualTo(at(FRIDAY, 17, 0));
	}

	@Test
	void leavesOutWhatIsBookedAndWhatIsTooSoon() {
		var busy = List.of(new FreeSlots.Busy(at(FRIDAY, 10, 30), at(FRIDAY, 11, 15)));
		var slots = FreeSlots.between(OFFICE, busy, FRIDAY, 1, Duration.ofMinutes(45), at(FRIDAY, 9, 10));
		assertThat(slots).doesNotContain(at(FRIDAY, 9, 0) /* too soon */, at(FRIDAY, 10, 30) /* booked */)
			.contains(at(FRIDAY, 9, 45) /* ends as the booking starts */, at(FRIDAY, 11, 15));
	}

	@Test
	void knowsWhatFitsTheWorkingDay() {
		assertThat(FreeSlots.withinHours(OFFICE, at(FRIDAY, 17, 15), Duration.ofMinutes(45))).isTrue();
		assertThat(FreeSlots.withinHours(OFFICE, at(FRIDAY, 17, 30), Duration.ofMinutes(45))).isFalse();
		assertThat(FreeSlots.withinHours(OFFICE, at(FRIDAY.plusDays(1), 10, 0), Duration.ofMinutes(45))).isFalse();
		assertThat(FreeSlots.withinHours(OFFICE, at(FRIDAY, 8, 30), Duration.ofMinutes(45))).isFalse();
	}

}
