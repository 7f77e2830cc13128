package ua.relay.salesorg;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.platform.Actor;
import ua.relay.platform.AuditTrail;
import ua.relay.platform.DomainException;
import ua.relay.salesorg.jdbc.EmployeeStore;

/**
 * The department's teams, each of one tier: formed, renamed and closed by the head or the administrator. A
 * caller's team takes their overdue callbacks first (and a leaver's); a team is closed only once empty.
 */
@Service
public class Teams {

	private final EmployeeStore store;

	private final AuditTrail audit;

	private final Clock clock;

	Teams(EmployeeStore store, AuditTrail audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	public List<Team> all() {
		return store.teams();
	}

	/** The open teams of a tier, for the choice where someone joins one. */
	public List<Team> open(Tier tier) {
		return all().stream().filter(t -> t.open() && t.tier() == tier).toList();
	}

	public Team get(TeamId id) {
		return all().stream()
			.filter(t -> t.id().equals(id))
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("team.not-found", "No team " + id));
	}

	@Transactional
	public TeamId form(String name, Tier tier, Actor actor) {
		headOnly(actor);
		if (tier == null) {
			throw DomainException.invalid("team.tier-required", "A team is of one tier");
		}
		String named = name(name);
		var id = TeamId.random();
		store.insertTeam(id, named, tier);
		audit.record(actor, "team", named, "formed, " + tier);
		return id;
	}

	@Transactional
	public void rename(TeamId id, String name, Actor actor) {
		headOnly(actor);
		var team = get(id);
		String named = name(name);
		store.renameTeam(id, named);
		audit.record(actor, "team", named, "renamed from " + team.name());
	}

	/** Closes a team nobody is in any more; its name stays in the history of those who were. */
	@Transactional
	public void close(TeamId id, Actor actor) {
		headOnly(actor);
		var team = get(id);
		if (team.members() > 0) {
			throw DomainException.conflict("team.not-empty", team.name() + " still has members", team.name(),
					team.members());
		}
		if (store.closeTeam(id, clock.instant())) {
			audit.record(actor, "team", team.name(), "closed");
		}
	}

	private static String name(String name) {
		if (name == null || name.isBlank() || name.strip().length() > 120) {
			throw DomainException.invalid("team.name-invalid", "A team's name has 1 to 120 characters");
		}
		return name.strip();
	}

	static void headOnly(Actor actor) {
		if (!actor.seesEverything()) {
			throw DomainException.forbidden("team.head-only", "Only the head of sales or the administrator changes teams");
		}
	}

}
