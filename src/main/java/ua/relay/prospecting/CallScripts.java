package ua.relay.prospecting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.platform.Actor;
import ua.relay.prospecting.domain.ProspectException;
import ua.relay.prospecting.domain.ProspectRepository;
import ua.relay.prospecting.jdbc.ScriptStore;
import ua.relay.salesorg.EmployeeId;

/**
 * The head's call script and the caller's walk through it. A script with dead ends or unreachable
 * outcomes is refused; each save is a new version. On the desk the caller answers step by step, and
 * the answers travel with the lead when the prospect is handed over.
 */
@Service
public class CallScripts {

	private final ScriptStore store;

	private final ProspectRepository prospects;

	private final Clock clock;

	CallScripts(ScriptStore store, ProspectRepository prospects, Clock clock) {
		this.store = store;
		this.prospects = prospects;
		this.clock = clock;
	}

	public Optional<ScriptStore.Version> newest() {
		return store.newest();
	}

	/** Saves the script as a new version, or refuses it with its problems. */
	@Transactional
	public int save(CallScript script, Actor actor) {
		var problems = script.problems();
		if (!problems.isEmpty()) {
			throw new ScriptRefusedException(problems);
		}
		return store.insert(script, actor.employeeId(), clock.instant());
	}

	/** Where the holder of the prospect is in the script; empty when there is no script yet. */
	public Optional<ScriptView> position(ProspectId prospect) {
		return store.newest().map(version -> view(version, store.walk(prospect)));
	}

	/**
	 * Goes on from {@code stepKey}: after a SAY step to its next, after a QUESTION with the answer
	 * chosen (recorded). Only the caller holding the prospect walks its script.
	 */
	@Transactional
	public Optional<ScriptView> advance(ProspectId prospectId, String stepKey, Integer answer, Actor actor) {
		var prospect = prospects.findById(prospectId).orElseThrow(() -> ProspectException.notFound(prospectId));
		if (!prospect.isHeldBy(new EmployeeId(actor.requireEmployee()))) {
			throw ProspectException.notHeld(prospectId);
		}
		var version = store.newest().orElseThrow(() -> ProspectException.notFound(prospectId));
		var script = version.script();
		var walk = store.walk(prospectId);
		var step = script.step(stepKey).orElseThrow(() -> new ScriptRefusedException(List.of("No step " + stepKey)));
		var answers = new ArrayList<>(walk.answers());
		String next = switch (step.kind()) {
			case SAY -> step.next();
			case QUESTION -> {
				if (answer == null || answer < 0 || answer >= step.answers().size()) {
					throw new ScriptRefusedException(List.of("Choose one of the answers of " + stepKey));
				}
				var chosen = step.answers().get(answer);
				answers.add(new QualificationAnswer(step.text(), chosen.text()));
				yield chosen.next();
			}
			case OUTCOME -> step.key();
		};
		store.saveWalk(prospectId, next, answers);
		return Optional.of(view(version, new ScriptStore.Walk(next, answers)));
	}

	/** The answers given on this call, for the hand-over (saving the prospect after the call clears them). */
	List<QualificationAnswer> answers(ProspectId prospect) {
		return store.walk(prospect).answers();
	}

	private static ScriptView view(ScriptStore.Version version, ScriptStore.Walk walk) {
		var script = version.script();
		var step = script.step(walk.step() == null ? script.start() : walk.step())
			.or(() -> script.step(script.start()))
			.orElseThrow();
		return new ScriptView(version.version(), step, walk.answers(), script.cards());
	}

}
