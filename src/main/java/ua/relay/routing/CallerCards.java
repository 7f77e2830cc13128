package ua.relay.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import ua.relay.party.CompanyDirectory;
import ua.relay.party.CompanyId;
import ua.relay.platform.Actor;
import ua.relay.platform.DomainException;
import ua.relay.platform.SqlTime;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.Tier;

/**
 * The caller's card for a routed call, put together from every tier's {@link CallerCardSection}: only the
 * employee the call went to (and those who oversee everyone) may open it, and it shows what their tier may see.
 */
@Service
public class CallerCards {

	private static final int LAST_CONTACTS = 8;

	private final JdbcClient jdbc;

	private final CompanyDirectory companies;

	private final Staff staff;

	private final List<CallerCardSection> sections;

	private final Clock clock;

	CallerCards(JdbcClient jdbc, CompanyDirectory companies, Staff staff, List<CallerCardSection> sections, Clock clock) {
		this.jdbc = jdbc;
		this.companies = companies;
		this.staff = staff;
		this.sections = sections;
		this.clock = clock;
	}

	private record Call(UUID id, String caller, UUID company, UUID employee, String tier, String reason, Instant at) {
	}

	public CallerCard card(UUID callId, Actor actor) {
		var call = jdbc.sql("""
				select id, coalesce(caller_e164, caller_raw), company_id, employee_id, tier, reason, received_at
				from routing_call where id = ?
				""")
			.param(callId)
			.query((rs, n) -> new Call(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
					rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), SqlTime.instant(rs, "received_at")))
			.optional()
			.orElseThrow(() -> DomainException.notFound("call.not-found", "No inbound call " + callId));
		if (!actor.seesEverything() && (call.employee() == null || !call.employee().equals(actor.employeeId()))) {
			throw DomainException.forbidden("call.not-yours", "The call " + callId + " went to someone else");
		}
		var open = new ArrayList<CardLine>();
		var contacts = new ArrayList<CardLine>();
		var company = call.company() == null ? null : companies.findCard(new CompanyId(call.company())).orElse(null);
		if (company != null) {
			Tier tier = call.tier() == null ? Tier.LC : Tier.valueOf(call.tier());
			for (var section : sections) {
				for (var line : section.lines(company.id(), tier)) {
					(line.open() ? open : contacts).add(line);
				}
			}
			contacts.addAll(earlierCalls(call));
		}
		var newestFirst = Comparator.comparing(CardLine::at, Comparator.nullsLast(Comparator.reverseOrder()));
		open.sort(newestFirst);
		contacts.sort(newestFirst);
		return new CallerCard(call.id(), call.caller(), call.at(), call.reason(),
				call.employee() == null ? null : staff.get(new EmployeeId(call.employee())).fullName(), company, open,
				contacts.subList(0, Math.min(LAST_CONTACTS, contacts.size())));
	}

	/** The calls routed to this employee in the last {@code within}, the latest last: for a page that just opened. */
	public List<UUID> routedTo(EmployeeId employee, Duration within) {
		return jdbc.sql("""
				select id from routing_call where employee_id = ? and received_at >= ? order by received_at
				""")
			.params(employee.value(), SqlTime.of(clock.instant().minus(within)))
			.query(UUID.class)
			.list();
	}

	private List<CardLine> earlierCalls(Call call) {
		return jdbc.sql("""
				select received_at, coalesce(caller_e164, caller_raw), outcome, duration_seconds from routing_call
				where company_id = ? and id <> ? order by received_at desc limit ?
				""")
			.params(call.company(), call.id(), LAST_CONTACTS)
			.query((rs, n) -> CardLine.contact("card.inbound-call", rs.getString(2)
					+ (rs.getString(3) == null ? "" : " · " + rs.getString(3)), null, SqlTime.instant(rs, "received_at"))
				.lasting((Integer) rs.getObject(4)))
			.list();
	}

}
