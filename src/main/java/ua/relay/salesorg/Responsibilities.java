package ua.relay.salesorg;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.party.CompanyId;
import ua.relay.platform.AuditTrail;
import ua.relay.platform.DomainException;
import ua.relay.salesorg.domain.AssignmentPolicy;
import ua.relay.salesorg.domain.AssignmentRequest;
import ua.relay.salesorg.domain.Candidate;
import ua.relay.salesorg.domain.StageHolderRule;
import ua.relay.salesorg.jdbc.ResponsibilityStore;

/**
 * The responsibility matrix: who answers for a company at each stage. The tiers call it as a client
 * moves on; the organisation mode and the assignment rules decide who takes it.
 */
@Service
public class Responsibilities {

	private final ResponsibilityStore store;

	private final Organisation organisation;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AssignmentPolicy policy = AssignmentPolicy.standard();

	private final AssignmentPolicy distribution = AssignmentPolicy.leadDistribution();

	private final AssignmentPolicy clientCare = AssignmentPolicy.clientCare();

	private final Shifts shifts;

	private final Staff staff;

	private final ObjectProvider<OpenWork> openWork;

	private final AuditTrail audit;

	Responsibilities(ResponsibilityStore store, Organisation organisation, ApplicationEventPublisher events,
			Clock clock, Shifts shifts, ObjectProvider<OpenWork> openWork, Staff staff, AuditTrail audit) {
		this.audit = audit;
		this.staff = staff;
		this.openWork = openWork;
		this.shifts = shifts;
		this.store = store;
		this.organisation = organisation;
		this.events = events;
		this.clock = clock;
	}

	/** The caller who found an interested prospect answers for its lead-generation stage. */
	@Transactional
	public Assignment recordLeadGeneration(CompanyId company, EmployeeId caller) {
		var assignment = new Assignment(caller, "reason.found-interested");
		record(company, Tier.LG, assignment, organisation.mode());
		return assignment;
	}

	/** Chooses and records who takes the company at {@code stage}, after {@code previous} carried it. */
	@Transactional
	public Assignment assignNext(CompanyId company, Tier stage, EmployeeId previous) {
		var existing = store.find(company, stage);
		if (existing.isPresent()) {
			return existing.get(); // a redelivered hand-off keeps the first decision
		}
		var mode = organisation.mode();
		var request = new AssignmentRequest(stage, mode, previous, store.candidates(stage));
		var assignment = policy.decide(request);
		record(company, stage, assignment, mode);
		return assignment;
	}

	/**
	 * Chooses who takes a new lead at {@code stage} by the distribution rules: in the classic model the
	 * owner, otherwise the specialist at work who carries least for their capacity. {@code workload}: what
	 * each specialist carries now (their open leads and deals), which only the stage's own module knows.
	 */
	@Transactional
	public Assignment distribute(CompanyId company, Tier stage, EmployeeId previous, Map<EmployeeId, Integer> workload) {
		return distributeWith(company, stage, previous, workload);
	}

	/** As {@link #distribute(CompanyId, Tier, EmployeeId, Map)}, weighing the open work the stage's module reports. */
	@Transactional
	public Assignment distribute(CompanyId company, Tier stage, EmployeeId previous) {
		var existing = store.find(company, stage);
		if (existing.isPresent()) {
			return existing.get();
		}
		var work = openWork.orderedStream()
			.filter(source -> source.stage() == stage)
			.findFirst()
			.map(OpenWork::byEmployee)
			.orElse(Map.of());
		return distributeWith(company, stage, previous, work);
	}

	private Assignment distributeWith(CompanyId company, Tier stage, EmployeeId previous, Map<EmployeeId, Integer> workload) {
		var existing = store.find(company, stage);
		if (existing.isPresent()) {
			return existing.get();
		}
		var mode = organisation.mode();
		var candidates = onShiftCandidates(stage, workload);
		var assignment = distribution.decide(new AssignmentRequest(stage, mode, previous, candidates));
		record(company, stage, assignment, mode);
		return assignment;
	}

	/** The head gives the company at {@code stage} to someone else; the matrix says so. */
	@Transactional
	public Assignment reassign(CompanyId company, Tier stage, EmployeeId employee) {
		StageHolderRule.check(staff.get(employee), stage, organisation.mode());
		var assignment = new Assignment(employee, "reason.reassigned-by-head");
		record(company, stage, assignment, organisation.mode());
		audit.record("reassigned", company.value().toString(), stage.name() + " → " + staff.get(employee).fullName());
		return assignment;
	}

	/**
	 * Chooses the account manager of a new client: in the classic model the employee who won it,
	 * otherwise a specialist who fits the company (industry, size band, region), else the least loaded.
	 */
	@Transactional
	public Assignment assignAccountManager(CompanyId company, EmployeeId closer, CompanyFacts facts) {
		var existing = store.find(company, Tier.AM);
		if (existing.isPresent()) {
			return existing.get();
		}
		var mode = organisation.mode();
		var candidates = presentAccountManagers();
		var assignment = clientCare.decide(new AssignmentRequest(Tier.AM, mode, closer, candidates, facts));
		record(company, Tier.AM, assignment, mode);
		return assignment;
	}

	/** Whether the employee may hold companies at {@code stage} now (an active specialist; any salesperson in the classic model). */
	public boolean mayHold(EmployeeView employee, Tier stage) {
		try {
			StageHolderRule.check(employee, stage, organisation.mode());
			return true;
		}
		catch (ua.relay.platform.DomainException notThem) {
			return false;
		}
	}

	/** Records that the given employee takes the company at {@code stage}, for the reason given (a booked meeting). */
	@Transactional
	public Assignment assignTo(CompanyId company, Tier stage, EmployeeId employee, String reason) {
		var existing = store.find(company, stage);
		if (existing.isPresent()) {
			return existing.get();
		}
		StageHolderRule.check(staff.get(employee), stage, organisation.mode());
		var assignment = new Assignment(employee, reason);
		record(company, stage, assignment, organisation.mode());
		return assignment;
	}

	/**
	 * Hands the company at {@code stage} over from someone who left or moved tier: to {@code to}, if the head chose them,
	 * else to whom the stage's own rules choose among the others (tier 2's distribution weighing
	 * {@code workload}; for a client, the specialisation rule on {@code facts}). The matrix and its history
	 * say it was a leaver's (or a mover's) hand-over, and whose.
	 */
	@Transactional
	public Assignment handOver(CompanyId company, Tier stage, HeldWork.HandOverPlan plan, EmployeeId to,
			Map<EmployeeId, Integer> workload, CompanyFacts facts) {
		var leaver = plan.leaver();
		var mode = organisation.mode();
		EmployeeId receiver;
		if (to != null) {
			if (to.equals(leaver.id())) {
				throw DomainException.invalid("leaver.to-self", leaver.fullName() + " cannot take over their own work");
			}
			StageHolderRule.check(staff.get(to), stage, mode);
			receiver = to;
		}
		else {
			var candidates = stage == Tier.AM ? presentAccountManagers() : onShiftCandidates(stage, workload);
			var policy = stage == Tier.AM ? clientCare : distribution;
			receiver = policy.decide(new AssignmentRequest(stage, mode, null, candidates, facts)).employee();
		}
		var assignment = new Assignment(receiver, plan.reason());
		record(company, stage, assignment, mode);
		return assignment;
	}

	/** The active specialists of a stage as a distribution sees them: present today, on shift now, what they carry. */
	private List<Candidate> onShiftCandidates(Tier stage, Map<EmployeeId, Integer> workload) {
		var now = clock.instant();
		var today = LocalDate.ofInstant(now, clock.getZone());
		var plans = new HashMap<EmployeeId, ShiftPlan>();
		shifts.plans(stage).forEach((employee, plan) -> plans.put(employee.id(), plan));
		return store.candidates(stage).stream().map(c -> {
			var plan = plans.get(c.id());
			boolean present = plan == null || !plan.daysOff().contains(today);
			boolean onShift = plan == null || plan.onShift(now, clock.getZone());
			return new Candidate(c.id(), c.fullName(), workload.getOrDefault(c.id(), 0), c.capacity(), present, onShift,
					c.lastAssignedAt());
		}).toList();
	}

	/** The active account managers with the clients each holds and whom they serve best, present or away today. */
	private List<Candidate> presentAccountManagers() {
		var today = LocalDate.now(clock);
		var plans = new HashMap<EmployeeId, ShiftPlan>();
		shifts.plans(Tier.AM).forEach((employee, plan) -> plans.put(employee.id(), plan));
		return store.candidates(Tier.AM).stream().map(c -> {
			var plan = plans.get(c.id());
			boolean present = plan == null || !plan.daysOff().contains(today);
			return new Candidate(c.id(), c.fullName(), c.load(), c.capacity(), present, true, c.lastAssignedAt(), c.serves());
		}).toList();
	}

	/**
	 * Nobody answers for the company at {@code stage} any more: it was brought in by mistake (an import
	 * taken back). The history keeps what was.
	 */
	@Transactional
	public void withdraw(CompanyId company, Tier stage) {
		store.remove(company, stage);
	}

	public Optional<EmployeeId> responsible(CompanyId company, Tier stage) {
		return store.find(company, stage).map(Assignment::employee);
	}

	private void record(CompanyId company, Tier stage, Assignment assignment, OrganisationMode mode) {
		var now = clock.instant();
		store.upsert(company, stage, assignment, mode, now);
		events.publishEvent(new ResponsibilityAssigned(company, stage, assignment.employee(), mode,
				assignment.reason(), now));
	}

}
