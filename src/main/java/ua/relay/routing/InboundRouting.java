package ua.relay.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
import ua.relay.platform.Database;
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

	private final boolean postgres;

	InboundRouting(JdbcClient jdbc, CompanyDirectory companies, Responsibilities responsibilities, Shifts shifts,
			Staff staff, ApplicationEventPublisher events, Clock clock, Database database) {
		this.jdbc = jdbc;
		this.postgres = database.postgres();
		this.companies = companies;
		this.responsibilities = responsibilities;
		this.shifts = shifts;
		this.staff = staff;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Routes the call, once. A decision that changes nothing (a client, a company a closer works) is logged in
	 * one insert; one that makes a lead first claims the call's row, so a delivery arriving while the first
	 * is still deciding waits for it. Either way a second delivery answers as the first did.
	 */
	@Transactional
	public RoutingDecision route(String source, String externalId, String callerNumber) {
		var callId = UUID.randomUUID();
		var now = clock.instant();
		String raw = raw(callerNumber);
		var phone = PhoneNumber.tryParse(callerNumber);
		var company = phone.flatMap(companies::findByPhone);
		var decision = decideWithoutChanges(callId, phone, company, now);
		if (decision.isEmpty()) {
			if (log(callId, source, externalId, raw, phone, null) == 0) {
				return logged(source, externalId);
			}
			decision = Optional.of(newLead(callId, phone.get(), company, now));
			jdbc.sql("update routing_call set company_id = ?, employee_id = ?, tier = ?, reason = ? where id = ?")
				.params(decision.get().company().value(), decision.get().employee().value(), decision.get().tier().name(),
						decision.get().reason(), callId)
				.update();
		}
		else {
			logOnly();
			if (log(callId, source, externalId, raw, phone, decision.get()) == 0) {
				return logged(source, externalId);
			}
		}
		var routed = decision.get();
		events.publishEvent(new InboundCallRouted(callId, phone.map(PhoneNumber::e164).orElse(raw), routed.company(),
				routed.employee(), routed.tier(), routed.reason(), now));
		log.debug("Inbound call {} from {}: {} ({})", externalId, callerNumber,
				routed.employeeName() == null ? routed.queue() : routed.employeeName(), routed.reason());
		return routed;
	}

	/**
	 * A decision that changes nothing writes only its log row, so its commit does not wait for the disk on
	 * PostgreSQL: that wait was most of a decision's time (bench/README.md). A crash of the database within a
	 * fraction of a second after it may lose the row (the call is missing from the company's history, and a
	 * redelivery decides again, the same way); a new lead is always committed to disk.
	 */
	private void logOnly() {
		if (postgres) {
			jdbc.sql("set local synchronous_commit = off").update();
		}
	}

	/** Logs the call with its decision (or, with none yet, claims it); 0 when another delivery logged it first. */
	private int log(UUID callId, String source, String externalId, String raw, Optional<PhoneNumber> phone,
			RoutingDecision decision) {
		return jdbc.sql("""
				insert into routing_call (id, source, external_id, caller_raw, caller_e164, company_id, employee_id, tier,
				                          reason, received_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict do nothing
				""")
			.params(callId, source, externalId, raw, phone.map(PhoneNumber::e164).orElse(null),
					decision == null || decision.company() == null ? null : decision.company().value(),
					decision == null || decision.employee() == null ? null : decision.employee().value(),
					decision == null ? null : decision.tier().name(), decision == null ? "pending" : decision.reason(),
					SqlTime.of(clock.instant()))
			.update();
	}

	/** The number as the PBX sent it, cut to what the log keeps. */
	private static String raw(String callerNumber) {
		return callerNumber == null ? "" : callerNumber.length() > 60 ? callerNumber.substring(0, 60) : callerNumber;
	}

	private RoutingDecision logged(String source, String externalId) {
		return find(source, externalId).orElseThrow(() -> new IllegalStateException(
				"Call " + source + "/" + externalId + " is claimed but not logged"));
	}

	/** The decision read off the matrix, or empty when the caller is new to tier 2 and a lead must be made. */
	private Optional<RoutingDecision> decideWithoutChanges(UUID callId, Optional<PhoneNumber> phone,
			Optional<CompanyId> company, Instant now) {
		var manager = company.flatMap(c -> responsibilities.responsible(c, Tier.AM));
		if (manager.isPresent()) {
			boolean onShift = shifts.plan(manager.get()).onShift(now, clock.getZone());
			return Optional.of(onShift ? decision(callId, manager.get(), Tier.AM, company.get(), "reason.inbound-client")
					: new RoutingDecision(callId, null, null, null, Tier.AM, company.get(),
							"reason.inbound-client-manager-away|" + staff.get(manager.get()).fullName(), false));
		}
		var closer = company.flatMap(c -> responsibilities.responsible(c, Tier.LC));
		if (closer.isPresent()) {
			return Optional.of(decision(callId, closer.get(), Tier.LC, company.get(), "reason.inbound-closer"));
		}
		if (phone.isEmpty()) {
			return Optional.of(new RoutingDecision(callId, null, null, null, Tier.LC, null, "reason.inbound-no-number", false));
		}
		return Optional.empty();
	}

	private RoutingDecision newLead(UUID callId, PhoneNumber phone, Optional<CompanyId> company, Instant now) {
		var newCompany = company.orElseGet(() -> companies.register(new NewCompany("Вхідний дзвінок " + phone.e164(),
				null, null, null, null, null, null, List.of(phone), List.of())).companyId());
		var owner = responsibilities.responsible(newCompany, Tier.LG).orElse(null);
		var assignment = responsibilities.distribute(newCompany, Tier.LC, owner);
		var decision = decision(callId, assignment.employee(), Tier.LC, newCompany,
				company.isPresent() ? "reason.inbound-prospect" : "reason.inbound-new-caller");
		events.publishEvent(new InboundLeadArrived(callId, newCompany, assignment.employee(), decision.reason(),
				"Вхідний дзвінок з " + phone.e164(), now));
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
			String raw = raw(callerNumber);
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
