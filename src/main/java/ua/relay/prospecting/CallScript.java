package ua.relay.prospecting;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;


/**
 * A call script: a graph of steps the caller walks from {@code start}. A step says something and goes
 * on, asks a question whose answers lead to further steps, or ends the call with an outcome. The FAQ
 * cards are the instructions for what the prospect may ask; a card marked {@code escalate} tells the
 * caller to hand over instead of improvising.
 */
public record CallScript(String name, String start, List<Step> steps, List<Card> cards) {

	public enum Kind {

		SAY, QUESTION, OUTCOME

	}

	public record Answer(String text, String next) {

		public Answer {
			Objects.requireNonNull(text, "text");
			Objects.requireNonNull(next, "next");
		}

	}

	/** One step. {@code next} is for SAY; {@code answers} for QUESTION; {@code outcome} for OUTCOME. */
	public record Step(String key, Kind kind, String text, String next, List<Answer> answers, CallOutcome outcome) {

		public Step {
			Objects.requireNonNull(key, "key");
			Objects.requireNonNull(kind, "kind");
			text = text == null ? "" : text;
			answers = answers == null ? List.of() : List.copyOf(answers);
		}

		List<String> targets() {
			return switch (kind) {
				case SAY -> next == null || next.isBlank() ? List.of() : List.of(next);
				case QUESTION -> answers.stream().map(Answer::next).toList();
				case OUTCOME -> List.of();
			};
		}

	}

	public record Card(String question, String answer, boolean escalate) {
	}

	public CallScript {
		name = name == null ? "" : name.strip();
		steps = List.copyOf(steps);
		cards = cards == null ? List.of() : List.copyOf(cards);
	}

	public Optional<Step> step(String key) {
		return steps.stream().filter(s -> s.key().equals(key)).findFirst();
	}

	/**
	 * What stops the script from being used, each in words for its author: duplicate or unknown steps,
	 * dead ends (a step that neither goes on nor ends the call), steps and outcomes no call can reach,
	 * and steps from which no call can end.
	 */
	public List<String> problems() {
		var problems = new ArrayList<String>();
		if (name.isEmpty()) {
			problems.add("The script needs a name");
		}
		Map<String, Step> byKey = new LinkedHashMap<>();
		for (Step step : steps) {
			if (step.key().isBlank()) {
				problems.add("A step has no key");
			}
			else if (byKey.putIfAbsent(step.key(), step) != null) {
				problems.add("Two steps are called '" + step.key() + "'");
			}
		}
		if (!byKey.containsKey(start)) {
			problems.add("The start step '" + start + "' does not exist");
			return problems;
		}
		for (Step step : byKey.values()) {
			switch (step.kind()) {
				case SAY -> {
					if (step.targets().isEmpty()) {
						problems.add("Step '" + step.key() + "' is a dead end: it says something and goes nowhere");
					}
				}
				case QUESTION -> {
					if (step.answers().isEmpty()) {
						problems.add("Question '" + step.key() + "' is a dead end: it has no answers");
					}
				}
				case OUTCOME -> {
					if (step.outcome() == null) {
						problems.add("Step '" + step.key() + "' ends the call but names no outcome");
					}
				}
			}
			for (String target : step.targets()) {
				if (!byKey.containsKey(target)) {
					problems.add("Step '" + step.key() + "' leads to '" + target + "', which does not exist");
				}
			}
		}
		Set<String> reachable = reachableFrom(start, byKey);
		for (Step step : byKey.values()) {
			if (!reachable.contains(step.key())) {
				problems.add((step.kind() == Kind.OUTCOME ? "Outcome '" : "Step '") + step.key()
						+ "' cannot be reached from the start");
			}
		}
		for (String key : reachable) {
			boolean ends = reachableFrom(key, byKey).stream().anyMatch(k -> byKey.get(k).kind() == Kind.OUTCOME);
			if (!ends && byKey.get(key).kind() != Kind.OUTCOME) {
				problems.add("From step '" + key + "' no call can end: it only loops");
			}
		}
		return problems.stream().distinct().toList();
	}

	public boolean isUsable() {
		return problems().isEmpty();
	}

	private static Set<String> reachableFrom(String from, Map<String, Step> byKey) {
		var seen = new HashSet<String>();
		var queue = new ArrayDeque<String>();
		queue.add(from);
		while (!queue.isEmpty()) {
			String key = queue.poll();
			Step step = byKey.get(key);
			if (step == null || !seen.add(key)) {
				continue;
			}
			queue.addAll(step.targets());
		}
		return seen;
	}

}
