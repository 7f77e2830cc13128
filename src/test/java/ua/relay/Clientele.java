package ua.relay;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import ua.relay.accounts.PastOrder;
import ua.relay.accounts.Portfolio;
import ua.relay.party.CompanyDirectory;
import ua.relay.party.CompanyId;
import ua.relay.party.NewCompany;
import ua.relay.platform.Actor;
import ua.relay.platform.Role;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Shifts;
import ua.relay.salesorg.WeeklyShift;
import ua.relay.shared.PhoneNumber;

/** Existing clients for tests: a company with a mobile number, brought in with one past order, whose manager works around the clock. */
@Component
public class Clientele {

	private final Staffing staffing;

	private final Shifts shifts;

	private final CompanyDirectory companies;

	private final Portfolio portfolio;

	private final Clock clock;

	Clientele(Staffing staffing, Shifts shifts, CompanyDirectory companies, Portfolio portfolio, Clock clock) {
		this.staffing = staffing;
		this.shifts = shifts;
		this.companies = companies;
		this.portfolio = portfolio;
		this.clock = clock;
	}

	/** A client: its company (legal form ТОВ, named {@code name}), its number, the client's id. */
	public record Client(CompanyId company, String name, PhoneNumber phone, UUID clientId) {

		/** The number as a Ukrainian PBX sends it: 0671234567. */
		public String localNumber() {
			return "0" + String.valueOf(phone.digits()).substring(3);
		}

	}

	/** A new client of {@code manager}, who is put on shift whenever the test runs. */
	public Client of(Actor manager, String namePrefix) {
		var managerId = new EmployeeId(manager.requireEmployee());
		shifts.setWeekly(managerId, Arrays.stream(DayOfWeek.values())
			.map(day -> new WeeklyShift(day, LocalTime.MIN, LocalTime.of(23, 59)))
			.toList());
		var phone = PhoneNumber.parse("+38067" + (1_000_000 + Math.floorMod(UUID.randomUUID().hashCode(), 8_999_999)));
		String name = namePrefix + " " + phone.e164();
		var company = companies.register(new NewCompany(name, "ТОВ", null, null, null, null, "Київ", List.of(phone),
				List.of())).companyId();
		var client = portfolio.importClient(company, managerId,
				List.of(new PastOrder("Перевезення Київ — Львів", BigDecimal.TEN, LocalDate.now(clock).minusDays(10))),
				staffing.hire(Role.HEAD));
		return new Client(company, name, phone, client);
	}

}
