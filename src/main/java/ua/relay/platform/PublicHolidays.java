package ua.relay.platform;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ukraine's public holidays of a year, as article 73 of the Labour Code names them since 2023: the fixed
 * days, and Easter and Trinity by the Julian paschalion (Trinity is Easter plus 49 days). Days off moved
 * from a weekend (article 67) are not included: under martial law none are given, and a company decides
 * which of these it rests on at all, so it adds them and takes away what it works.
 */
public final class PublicHolidays {

	private record Fixed(MonthDay day, String name) {
	}

	private static final List<Fixed> FIXED = List.of(new Fixed(MonthDay.of(1, 1), "Новий рік"),
			new Fixed(MonthDay.of(3, 8), "Міжнародний жіночий день"),
			new Fixed(MonthDay.of(5, 1), "День праці"),
			new Fixed(MonthDay.of(5, 8), "День пам’яті та перемоги над нацизмом у Другій світовій війні"),
			new Fixed(MonthDay.of(6, 28), "День Конституції України"),
			new Fixed(MonthDay.of(7, 15), "День Української Державності"),
			new Fixed(MonthDay.of(8, 24), "День Незалежності України"),
			new Fixed(MonthDay.of(10, 1), "День захисників і захисниць України"),
			new Fixed(MonthDay.of(12, 25), "Різдво Христове"));

	private PublicHolidays() {
	}

	/** The year's public holidays in date order. */
	public static List<CompanySettings.Holiday> of(int year) {
		if (year < 1900 || year > 2099) {
			throw DomainException.invalid("settings.holiday-year-invalid", "No public holidays known for " + year);
		}
		var days = new ArrayList<CompanySettings.Holiday>();
		for (Fixed fixed : FIXED) {
			days.add(new CompanySettings.Holiday(fixed.day().atYear(year), fixed.name()));
		}
		var easter = easter(year);
		days.add(new CompanySettings.Holiday(easter, "Великдень"));
		days.add(new CompanySettings.Holiday(easter.plusDays(49), "Трійця"));
		days.sort(Comparator.comparing(CompanySettings.Holiday::day));
		return List.copyOf(days);
	}

	/** Easter by the Julian paschalion (Meeus), as a Gregorian date: 13 days after the Julian one in 1900–2099. */
	static LocalDate easter(int year) {
		int a = year % 4;
		int b = year % 7;
		int c = year % 19;
		int d = (19 * c + 15) % 30;
		int e = (2 * a + 4 * b - d + 34) % 7;
		int month = (d + e + 114) / 31;
		int day = (d + e + 114) % 31 + 1;
		return LocalDate.of(year, month, day).plusDays(13);
	}

}
