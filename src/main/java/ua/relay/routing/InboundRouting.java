package ua.relay.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.party.CompanyDirectory;
import ua.relay.party.CompanyId;
import ua.relay.party.NewCompany;
import ua.relay.platform.DomainException;
import ua.relay.platform.SqlTime;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Responsibilities;
import ua.relay.salesorg.Shifts;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.Tier;
import ua.relay.shared.PhoneNumber;

/**
 * The routing decision for an inbound call, read off the responsibility matrix: an existing client goes
 * to its account manager (to the account managers' queue while that one is off shift); a company with a
 * closer to that closer; anyone else becomes a new lead in tier 2's inbox, with the closer the
 * distribution chooses (in the classic model the employee who owns the company). Every call is logged
 * once with its decision: a PBX that retries gets the first answer again.
 */
@Service
public class InboundRouting {

	private static final Logger log = LoggerFactory.getLogger(InboundRouting.class);

	private final JdbcClient jdbc;

	private final CompanyDirectory companies;

	private final Responsibilities responsibilities;

	private final Shifts shifts;

	private final Staff staff;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InboundRouting(JdbcClient jdbc, CompanyDirectory companies, Responsibilities responsibilities, Shifts shifts,
			Staff staff, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.companies = companies;
		this.responsibilities = responsibilities;
		this.shifts = shifts;
		this.staff = staff;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Routes the call, once: the first delivery claims the call's row in the log, so a delivery that arrives
	 * while the first is still deciding waits for it and then answers as it did (and a retry later reads it).
	 */
	@Transactional
	public RoutingDecision route(String source, String externalId, String callerNumber) {
		var callId = UUID.randomUUID();
		var now = clock.instant();
		String raw = callerNumber == null ? "" : callerNumber.length() > 60 ? callerNumber.substring(0, 60) : callerNumber;
		int claimed = jdbc.sql("""
				insert into routing_call (id, source, external_id, caller_raw, reason, received_at)
				values (?, ?, ?, ?, 'pending', ?)
				on conflict do nothing
				""")
			.params(callId, source, externalId, raw, SqlTime.of(now))
			.update();
		if (claimed == 0) {
			return find(source, externalId).orElseThrow(() -> new IllegalStateException(
					"Call " + source + "/" + externalId + " is claimed but not logged"));
		}
		var phone = PhoneNumber.tryParse(callerNumber);
		var company = phone.flatMap(companies::findByPhone);
		var decision = decide(callId, phone, company, now);
		jdbc.sql("""
				update routing_call set caller_e164 = ?, company_id = ?, employee_id = ?, tier = ?, reason = ? where id = ?
				""")
			.params(phone.map(PhoneNumber::e164).orElse(null), decision.company() == null ? null : decision.company().value(),
					decision.employee() == null ? null : decision.employee().value(), decision.tier().name(),
					decision.reason(), callId)
			.update();
		events.publishEvent(new InboundCallRouted(callId, phone.map(PhoneNumber::e164).orElse(raw), decision.company(),
				decision.employee(), decision.tier(), decision.reason(), now));
		log.info("Inbound call {} from {}: {} ({})", externalId, callerNumber,
				decision.employeeName() == null ? decision.queue() : decision.employeeName(), decision.reason());
		return decision;
	}

	private RoutingDecision decide(UUID callId, Optional<PhoneNumber> phone, Optional<CompanyId> company, Instant now) {
		var manager = company.flatMap(c -> responsibilities.responsible(c, Tier.AM));
		if (manager.isPresent()) {
			boolean onShift = shifts.plan(manager.get()).onShift(now, clock.getZone());
			return onShift ? decision(callId, manager.get(), Tier.AM, company.get(), "reason.inbound-client")
					: new RoutingDecision(callId, null, null, null, Tier.AM, company.get(),
							"reason.inbound-client-manager-away|" + staff.get(manager.get()).fullName(), false);
		}
		var closer = company.flatMap(c -> responsibilities.responsible(c, Tier.LC));
		if (closer.isPresent()) {
			return decision(callId, closer.get(), Tier.LC, company.get(), "reason.inbound-closer");
		}
		if (phone.isEmpty()) {
			return new RoutingDecision(callId, null, null, null, Tier.LC, null, "reason.inbound-no-number", false);
		}
		var newCompany = company.orElseGet(() -> companies.register(new NewCompany("Вхідний дзвінок " + phone.get().e164(),
				null, null, null, null, null, null, List.of(phone.get()), List.of())).companyId());
		var owner = responsibilities.responsible(newCompany, Tier.LG).orElse(null);
		var assignment = responsibilities.distribute(newCompany, Tier.LC, owner, Map.of());
		var decision = decision(callId, assignment.employee(), Tier.LC, newCompany,
				company.isPresent() ? "reason.inbound-prospect" : "reason.inbound-new-caller");
		events.publishEvent(new InboundLeadArrived(callId, newCompany, assignment.employee(), decision.reason(),
				"Вхідний дзвінок з " + phone.get().e164(), now));
		return decision;
	}

	/**
	 * A PBX reports a call that ended, by the caller's number: the routed call gets its duration and outcome;
	 * a call Relay never routed (the PBX sent it elsewhere) is logged now, with the company it came from.
	 */
	@Transactional
	public void reported(String source, String externalId, String callerNumber, int durationSeconds, String outcome) {
		if (find(source, externalId).isEmpty()) {
			var phone = PhoneNumber.tryParse(callerNumber);
			var company = phone.flatMap(companies::findByPhone);
			String raw = callerNumber == null ? "" : callerNumber.length() > 60 ? callerNumber.substring(0, 60) : callerNumber;
			jdbc.sql("""
					insert into routing_call (id, source, external_id, caller_raw, caller_e164, company_id, reason, received_at)
					values (?, ?, ?, ?, ?, ?, 'reason.inbound-not-routed', ?)
					on conflict do nothing
					""")
				.params(UUID.randomUUID(), source, externalId, raw, phone.map(PhoneNumber::e164).orElse(null),
						company.map(CompanyId::value).orElse(null), SqlTime.of(clock.instant().minusSeconds(durationSeconds)))
				.update();
		}
		completed(source, externalId, durationSeconds, outcome);
	}

	/** The PBX reports how a call ended: recorded once, a repeated report changes nothing. False for an unknown call. */
	@Transactional
	public boolean completed(String source, String externalId, int durationSeconds, String outcome) {
		if (durationSeconds < 0 || outcome == null || outcome.isBlank() || outcome.length() > 20) {
			throw DomainException.invalid("call.completed", "A duration of 0 seconds or more and an outcome are needed");
		}
		return jdbc.sql("""
				update routing_call set duration_seconds = ?, outcome = ?
				where source = ? and external_id = ? and outcome is null
				""")
			.params(durationSeconds, outcome.strip().toUpperCase(Locale.ROOT), source, externalId)
			.update() == 1 || find(source, externalId).isPresent();
	}

	/** An inbound call as a company's history shows it. */
	public record CallEntry(Instant at, String callerNumber, String employee, String reason, Integer durationSeconds,
			String outcome) {
	}

	/** The company's inbound calls, the latest first. */
	public List<CallEntry> callsOf(CompanyId company) {
		var rows = jdbc.sql("""
				select received_at, caller_e164, employee_id, reason, duration_seconds, outcome from routing_call
				where company_id = ? order by received_at desc limit 100
				""")
			.param(company.value())
			.query((rs, n) -> new Object[] { SqlTime.instant(rs, "received_at"), rs.getString(2), rs.getObject(3, UUID.class),
					rs.getString(4), (Integer) rs.getObject(5), rs.getString(6) })
			.list();
		return rows.stream()
			.map(r -> new CallEntry((Instant) r[0], (String) r[1],
					r[2] == null ? null : staff.get(new EmployeeId((UUID) r[2])).fullName(), (String) r[3], (Integer) r[4],
					(String) r[5]))
			.toList();
	}

	private RoutingDecision decision(UUID callId, EmployeeId employee, Tier tier, CompanyId company, String reason) {
		var view = staff.get(employee);
		return new RoutingDecision(callId, employee, view.fullName(), view.extension(), tier, company, reason, false);
	}

	private Optional<RoutingDecision> find(String source, String externalId) {
		return jdbc.sql("""
				select id, employee_id, tier, company_id, reason from routing_call where source = ? and external_id = ?
				""")
			.params(source, externalId)
			.query((rs, n) -> {
				var employee = rs.getObject(2, UUID.class);
				var company = rs.getObject(4, UUID.class);
				String tier = rs.getString(3);
				var view = employee == null ? null : staff.get(new EmployeeId(employee));
				return new RoutingDecision(rs.getObject(1, UUID.class), employee == null ? null : new EmployeeId(employee),
						view == null ? null : view.fullName(), view == null ? null : view.extension(),
						tier == null ? Tier.LC : Tier.valueOf(tier), company == null ? null : new CompanyId(company),
						rs.getString(5), false);
			})
			.optional();
	}

}
