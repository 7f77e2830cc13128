package ua.relay.salesorg;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.platform.Actor;
import ua.relay.platform.AuditTrail;
import ua.relay.platform.DomainException;
import ua.relay.platform.Role;
import ua.relay.platform.UserManagement;
import ua.relay.salesorg.jdbc.EmployeeStore;

/**
 * An employee moves to another team, or to another tier (a caller who grew into a closer), in one step: in
 * the new tier and team from now, their login in the new tier's role (open sessions sign in again), and all
 * they hold of the old tier handed over as a leaver's is ({@link Leavers}), the matrix history saying it was
 * their move. The employee's card keeps each move with who made it.
 */
@Service
public class Transfers {

	private final Staff staff;

	private final EmployeeStore store;

	private final Teams teams;

	private final Leavers leavers;

	private final UserManagement users;

	private final AuditTrail audit;

	private final Clock clock;

	Transfers(Staff staff, EmployeeStore store, Teams teams, Leavers leavers, UserManagement users, AuditTrail audit,
			Clock clock) {
		this.staff = staff;
		this.store = store;
		this.teams = teams;
		this.leavers = leavers;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	/** The move done: from where to where, and where the work of the old tier went. */
	public record Moved(EmployeeView employee, Move move, List<Leavers.Moved> handed) implements java.io.Serializable {
	}

	/** What the employee holds, which a move to another tier hands over, and who could take it. */
	public Leavers.Summary summary(EmployeeId id) {
		return leavers.summary(id);
	}

	public List<Move> moves(EmployeeId id) {
		return store.moves(id);
	}

	/**
	 * Moves the employee to {@code tier} and {@code team} (none: no team); {@code closer} and
	 * {@code accountManager}: who takes the leads and deals, and the clients, they hold in a tier they leave
	 * (none: the distribution and the specialisation rule). Refused as a whole if anything cannot be taken.
	 */
	@Transactional
	public Moved move(EmployeeId id, Tier tier, TeamId team, EmployeeId closer, EmployeeId accountManager, Actor actor) {
		Teams.headOnly(actor);
		var employee = staff.get(id);
		if (!employee.active()) {
			throw DomainException.conflict("transfer.left", employee.fullName() + " has left");
		}
		if (employee.headOfSales()) {
			throw DomainException.invalid("transfer.head", "The head of sales works in no tier");
		}
		if (tier == null) {
			throw DomainException.invalid("transfer.tier-required", "Choose the tier");
		}
		String teamName = null;
		if (team != null) {
			var joined = teams.get(team);
			if (!joined.open()) {
				throw DomainException.conflict("team.closed", joined.name() + " is closed", joined.name());
			}
			if (joined.tier() != tier) {
				throw DomainException.invalid("team.other-tier", "A " + tier + " employee cannot join a " + joined.tier()
						+ " team");
			}
			teamName = joined.name();
		}
		var move = new Move(employee.tier(), tier, employee.team(), teamName, clock.instant(), actor.username());
		if (tier == employee.tier() && Objects.equals(store.teamOf(id).orElse(null), team)) {
			return new Moved(employee, move, List.of());
		}
		store.move(id, tier, team);
		store.recordMove(id, move);
		List<Leavers.Moved> handed = List.of();
		if (tier != employee.tier()) {
			handed = leavers.handOver(new HeldWork.HandOverPlan(employee, closer, accountManager, HeldWork.Why.MOVED));
			users.changeRole(id.value(), role(tier));
		}
		audit.record(actor, "employee-moved", employee.fullName(), move.fromTier() + (move.fromTeam() == null ? ""
				: " (" + move.fromTeam() + ")") + " → " + tier + (teamName == null ? "" : " (" + teamName + ")")
				+ handed.stream()
					.map(m -> "; " + m.count() + " " + m.kind() + " → " + (m.toName() == null ? "queue" : m.toName()))
					.collect(Collectors.joining()));
		return new Moved(staff.get(id), move, handed);
	}

	static Role role(Tier tier) {
		return switch (tier) {
			case LG -> Role.CALLER;
			case LC -> Role.CLOSER;
			case AM -> Role.ACCOUNT_MANAGER;
		};
	}

}
