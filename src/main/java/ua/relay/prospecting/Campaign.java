package ua.relay.prospecting;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import ua.relay.platform.DomainException;
import ua.relay.salesorg.EmployeeId;

/**
 * A campaign: whom to call (its rules), who calls (its callers), when (working days and hours, Kyiv
 * time), and how many interested leads a week it should bring.
 */
public record Campaign(UUID id, String name, boolean active, int weeklyTarget, Set<DayOfWeek> days, LocalTime callingFrom,
		LocalTime callingTo, List<SelectionRule> rules, Set<EmployeeId> callers) {

	public Campaign {
		Objects.requireNonNull(id, "id");
		name = name == null ? "" : name.strip();
		if (name.isEmpty()) {
			throw DomainException.invalid("campaign.name", "A campaign needs a name");
		}
		if (weeklyTarget < 0) {
			throw DomainException.invalid("campaign.target", "The weekly target cannot be negative");
		}
		Objects.requireNonNull(callingFrom, "callingFrom");
		Objects.requireNonNull(callingTo, "callingTo");
		if (!callingFrom.isBefore(callingTo)) {
			throw DomainException.invalid("campaign.hours", "Calling hours must start before they end");
		}
		days = days == null || days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
		rules = rules == null ? List.of() : List.copyOf(rules);
		callers = callers == null ? Set.of() : Set.copyOf(callers);
	}

	/** Whether the campaign is being called at this moment (Kyiv time). */
	public boolean callsAt(ZonedDateTime now) {
		var time = now.toLocalTime();
		return active && days.contains(now.getDayOfWeek()) && !time.isBefore(callingFrom) && time.isBefore(callingTo);
	}

}
