package ua.relay.prospecting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ua.relay.prospecting.CallScript.Answer;
import ua.relay.prospecting.CallScript.Kind;
import ua.relay.prospecting.CallScript.Step;

class CallScriptTests {

	static CallScript cargo() {
		return new CallScript("Вантажі", "hello", List.of(
				new Step("hello", Kind.SAY, "Добрий день! Relay Cargo, мене звати…", "ship", null, null),
				new Step("ship", Kind.QUESTION, "Ви відправляєте вантажі?", null,
						List.of(new Answer("Так, щотижня", "volume"), new Answer("Ні", "no")), null),
				new Step("volume", Kind.QUESTION, "Який обсяг на місяць?", null,
						List.of(new Answer("До 5 т", "meet"), new Answer("Понад 5 т", "meet")), null),
				new Step("meet", Kind.OUTCOME, "Запропонуйте зустріч з менеджером", null, null, CallOutcome.INTERESTED),
				new Step("no", Kind.OUTCOME, "Подякуйте і попрощайтеся", null, null, CallOutcome.NOT_INTERESTED)),
				List.of(new CallScript.Card("Скільки коштує?", "Залежить від маршруту — порахує менеджер", true)));
	}

	@Test
	void aWellFormedScriptHasNoProblems() {
		assertThat(cargo().problems()).isEmpty();
	}

	@Test
	void refusesDeadEndsUnknownStepsAndUnreachableOutcomes() {
		var steps = new ArrayList<>(cargo().steps());
		steps.set(0, new Step("hello", Kind.SAY, "Добрий день", null, null, null));
		steps.add(new Step("lost", Kind.OUTCOME, "Ніхто сюди не дійде", null, null, CallOutcome.CALLBACK));
		steps.add(new Step("typo", Kind.QUESTION, "?", null, List.of(new Answer("а", "nowhere")), null));
		var problems = new CallScript("Зіпсований", "hello", steps, List.of()).problems();
		assertThat(problems).anyMatch(p -> p.contains("'hello' is a dead end"))
			.anyMatch(p -> p.contains("Outcome 'lost' cannot be reached"))
			.anyMatch(p -> p.contains("leads to 'nowhere', which does not exist"));
	}

	@Test
	void refusesLoopsThatNeverEndTheCall() {
		var script = new CallScript("Петля", "a", List.of(
				new Step("a", Kind.QUESTION, "?", null, List.of(new Answer("так", "b"), new Answer("ні", "end")), null),
				new Step("b", Kind.SAY, "…", "c", null, null), new Step("c", Kind.SAY, "…", "b", null, null),
				new Step("end", Kind.OUTCOME, "", null, null, CallOutcome.NOT_INTERESTED)), List.of());
		assertThat(script.problems()).contains("From step 'b' no call can end: it only loops",
				"From step 'c' no call can end: it only loops");
	}

	@Test
	void refusesAMissingStartDuplicateKeysAndOutcomesWithoutOutcome() {
		assertThat(new CallScript("x", "nope", cargo().steps(), List.of()).problems())
			.containsExactly("The start step 'nope' does not exist");
		var steps = new ArrayList<>(cargo().steps());
		steps.add(new Step("no", Kind.OUTCOME, "", null, null, null));
		assertThat(new CallScript("x", "hello", steps, List.of()).problems()).contains("Two steps are called 'no'");
		steps.set(steps.size() - 1, new Step("bye", Kind.OUTCOME, "", null, null, null));
		assertThat(new CallScript("x", "hello", steps, List.of()).problems())
			.contains("Step 'bye' ends the call but names no outcome");
	}

}
