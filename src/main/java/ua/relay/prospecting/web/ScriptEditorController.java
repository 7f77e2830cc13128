package ua.relay.prospecting.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ua.relay.platform.Actor;
import ua.relay.prospecting.CallOutcome;
import ua.relay.prospecting.CallScripts;
import ua.relay.prospecting.ScriptRefusedException;
import ua.relay.prospecting.CallScript;

/**
 * The head's form-based script editor: steps one under another, answers as lines "answer -> step",
 * the FAQ cards as lines "question | answer", with "| hand over" for those the caller must not answer.
 * A script with dead ends or unreachable outcomes is refused with its problems; each save is a version.
 */
@Controller
@RequestMapping("/prospecting/manage/script")
class ScriptEditorController {

	private final CallScripts scripts;

	ScriptEditorController(CallScripts scripts) {
		this.scripts = scripts;
	}

	@GetMapping
	String edit(Model model) {
		var newest = scripts.newest();
		model.addAttribute("form", newest.map(v -> ScriptForm.of(v.script())).orElseGet(ScriptForm::starter));
		model.addAttribute("version", newest.map(v -> v.version()).orElse(0));
		return page(model);
	}

	@PostMapping
	String save(@ModelAttribute("form") ScriptForm form, @RequestParam(required = false) String addStep, Actor actor,
			Model model, RedirectAttributes redirect) {
		if (addStep != null) {
			model.addAttribute("form", form.withBlankStep());
			return page(model);
		}
		try {
			int version = scripts.save(form.toScript(), actor);
			redirect.addFlashAttribute("message", "script.saved");
			redirect.addFlashAttribute("savedVersion", version);
			return "redirect:/prospecting/manage/script";
		}
		catch (ScriptRefusedException refused) {
			model.addAttribute("problems", refused.problems());
			return page(model);
		}
	}

	private static String page(Model model) {
		model.addAttribute("kinds", CallScript.Kind.values());
		model.addAttribute("outcomes", CallOutcome.values());
		return "prospecting/script-editor";
	}

	record StepForm(String key, CallScript.Kind kind, String text, String next, String answers, CallOutcome outcome) {

		static StepForm of(CallScript.Step step) {
			var answers = new StringBuilder();
			step.answers().forEach(a -> answers.append(a.text()).append(" -> ").append(a.next()).append('\n'));
			return new StepForm(step.key(), step.kind(), step.text(), step.next(), answers.toString().strip(),
					step.outcome());
		}

		CallScript.Step toStep() {
			var parsed = new ArrayList<CallScript.Answer>();
			for (String line : (answers == null ? "" : answers).split("\\R")) {
				int arrow = line.lastIndexOf("->");
				if (arrow > 0) {
					parsed.add(new CallScript.Answer(line.substring(0, arrow).strip(), line.substring(arrow + 2).strip()));
				}
			}
			return new CallScript.Step(key == null ? "" : key.strip(), kind == null ? CallScript.Kind.SAY : kind, text,
					next == null || next.isBlank() ? null : next.strip(), parsed, outcome);
		}

	}

	record ScriptForm(String name, String start, List<StepForm> steps, String cards) {

		ScriptForm {
			steps = steps == null ? new ArrayList<>() : new ArrayList<>(steps);
		}

		static ScriptForm of(CallScript script) {
			var cards = new StringBuilder();
			script.cards().forEach(c -> cards.append(c.question()).append(" | ").append(c.answer())
				.append(c.escalate() ? " | передати" : "").append('\n'));
			return new ScriptForm(script.name(), script.start(), script.steps().stream().map(StepForm::of).toList(),
					cards.toString().strip());
		}

		/** A first script to change rather than a blank page. */
		static ScriptForm starter() {
			return new ScriptForm("Холодний дзвінок", "hello", List.of(
					new StepForm("hello", CallScript.Kind.SAY, "Добрий день! Мене звати …, компанія …. Ви відповідаєте за відправку вантажів?", "need", null, null),
					new StepForm("need", CallScript.Kind.QUESTION, "Як часто ви відправляєте вантажі?", null,
							"Щотижня -> meeting\nРаз на місяць -> meeting\nНе відправляємо -> bye", null),
					new StepForm("meeting", CallScript.Kind.OUTCOME, "Запропонуйте коротку зустріч з менеджером", null, null, CallOutcome.INTERESTED),
					new StepForm("bye", CallScript.Kind.OUTCOME, "Подякуйте і попрощайтеся", null, null, CallOutcome.NOT_INTERESTED)),
					"Скільки коштує? | Ціна залежить від маршруту й ваги; її назве менеджер | передати");
		}

		ScriptForm withBlankStep() {
			var more = new ArrayList<>(steps);
			more.add(new StepForm("", CallScript.Kind.SAY, "", "", "", null));
			return new ScriptForm(name, start, more, cards);
		}

		CallScript toScript() {
			var parsedCards = new ArrayList<CallScript.Card>();
			for (String line : (cards == null ? "" : cards).split("\\R")) {
				String[] parts = line.split("\\|");
				if (parts.length >= 2) {
					parsedCards.add(new CallScript.Card(parts[0].strip(), parts[1].strip(), parts.length > 2 && !parts[2].isBlank()));
				}
			}
			var parsedSteps = steps.stream().filter(s -> s.key() != null && !s.key().isBlank()).map(StepForm::toStep).toList();
			return new CallScript(name, start == null ? "" : start.strip(), parsedSteps, parsedCards);
		}

	}

}
