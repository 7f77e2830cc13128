package ua.relay.salesorg;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.platform.Actor;
import ua.relay.platform.DomainException;
import ua.relay.platform.UserManagement;
import ua.relay.platform.AuditTrail;

/**
 * Someone leaves, in one step: their login stops at once (open sessions and API tokens included) and all
 * they hold is handed over in the same transaction, so nothing is left with nobody and nothing is handed
 * over from someone who can still sign in. The head sees {@link #summary} before confirming.
 */
@Service
public class Leavers {

	private final Staff staff;

	private final UserManagement users;

	private final ObjectProvider<HeldWork> work;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AuditTrail audit;

	Leavers(Staff staff, UserManagement users, ObjectProvider<HeldWork> work, ApplicationEventPublisher events, Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.staff = staff;
		this.users = users;
		this.work = work;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What the employee holds, and who could take it: the active closers and account managers, for the
	 * head to choose one or leave it to the rules.
	 */
	public record Summary(EmployeeView employee, List<HeldWork.Held> holds, List<EmployeeView> closers,
			List<EmployeeView> accountManagers) {

		public int count(HeldWork.Kind kind) {
			return holds.stream().filter(h -> h.kind() == kind).mapToInt(HeldWork.Held::count).sum();
		}

		/** Whether the head has a closer to choose (or to leave to the distribution). */
		public boolean holdsLeadsOrDeals() {
			return count(HeldWork.Kind.LEADS) + count(HeldWork.Kind.DEALS) > 0;
		}

		public boolean holdsClients() {
			return count(HeldWork.Kind.CLIENTS) > 0;
		}

		public boolean holdsNothing() {
			return holds.isEmpty();
		}

	}

	/** One line of a hand-over done: so many of a kind went to {@code toName} (none: the queue or the team's pool). */
	public record Moved(HeldWork.Kind kind, EmployeeId to, String toName, int count) implements java.io.Serializable {
	}

	/** The hand-over done: the login closed (none where the employee had no login) and where the work went. */
	public record Left(EmployeeView employee, String loginClosed, List<Moved> moved) implements java.io.Serializable {
	}

	public Summary summary(EmployeeId id) {
		var employee = staff.get(id);
		var holds = new ArrayList<HeldWork.Held>();
		work.orderedStream().forEach(module -> holds.addAll(module.heldBy(id)));
		holds.sort(java.util.Comparator.comparing(HeldWork.Held::kind));
		var others = staff.all().stream().filter(e -> e.active() && !e.headOfSales() && !e.id().equals(id)).toList();
		return new Summary(employee, List.copyOf(holds), others.stream().filter(e -> e.tier() == Tier.LC).toList(),
				others.stream().filter(e -> e.tier() == Tier.AM).toList());
	}

	/**
	 * The employee leaves now; {@code closer} and {@code accountManager}: who takes their leads and deals,
	 * and their clients, or none for the distribution and the specialisation rule. Anything that cannot be
	 * handed over (no one left to take it) refuses the whole step.
	 */
	@Transactional
	public Left leave(EmployeeId id, EmployeeId closer, EmployeeId accountManager, Actor actor) {
		if (!actor.seesEverything()) {
			throw DomainException.forbidden("leaver.head-only", "Only the head of sales or the administrator lets someone go");
		}
		var employee = staff.get(id);
		if (id.value().equals(actor.employeeId())) {
			throw DomainException.invalid("leaver.self", "Someone else lets you go");
		}
		if (!staff.leave(id)) {
			throw DomainException.conflict("leaver.already-left", employee.fullName() + " has left already");
		}
		var login = users.closeLogin(id.value());
		var moved = handOver(new HeldWork.HandOverPlan(employee, closer, accountManager, HeldWork.Why.LEFT));
		audit.record(actor, "employee-left", employee.fullName(), (login.isPresent() ? "login " + login.get() + " closed; " : "")
				+ moved.stream().map(m -> m.count() + " " + m.kind() + " → " + (m.toName() == null ? "queue" : m.toName()))
					.collect(java.util.stream.Collectors.joining(", ")));
		events.publishEvent(new EmployeeLeft(id, employee.fullName(), login.orElse(null), actor.username(),
				moved.stream().mapToInt(Moved::count).sum(), clock.instant()));
		return new Left(employee, login.orElse(null), moved);
	}

	/** Hands over all the plan's employee holds, module by module, in the caller's transaction. */
	List<Moved> handOver(HeldWork.HandOverPlan plan) {
		var handed = new ArrayList<HeldWork.Handed>();
		work.orderedStream().forEach(module -> handed.addAll(module.handOver(plan)));
		var names = staff.names(handed.stream().map(HeldWork.Handed::to).filter(java.util.Objects::nonNull).toList());
		return handed.stream()
			.sorted(java.util.Comparator.comparing(HeldWork.Handed::kind))
			.map(h -> new Moved(h.kind(), h.to(), h.to() == null ? null : names.get(h.to()), h.count()))
			.toList();
	}

}
