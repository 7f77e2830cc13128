package ua.relay.demo;

import java.util.List;

import ua.relay.prospecting.CallOutcome;
import ua.relay.prospecting.CallScript;
import ua.relay.prospecting.CallScript.Answer;
import ua.relay.prospecting.CallScript.Card;
import ua.relay.prospecting.CallScript.Kind;
import ua.relay.prospecting.CallScript.Step;

/** The demo cargo company's cold-call script: find who ships, how often and how much, and book a meeting. */
final class DemoScript {

	private DemoScript() {
	}

	static CallScript cargo() {
		return new CallScript("Холодний дзвінок · вантажоперевезення", "hello", List.of(
				new Step("hello", Kind.SAY,
						"Добрий день! Мене звати …, компанія «Релей Карго», вантажоперевезення по Україні та Європі. Підкажіть, будь ласка, хто у вас відповідає за логістику?",
						"ships", null, null),
				new Step("ships", Kind.QUESTION, "Як часто ви відправляєте вантажі?", null,
						List.of(new Answer("Щотижня або частіше", "volume"), new Answer("Кілька разів на місяць", "volume"),
								new Answer("Рідко", "later"), new Answer("Не відправляємо", "bye")),
						null),
				new Step("volume", Kind.QUESTION, "Який приблизно обсяг на місяць?", null,
						List.of(new Answer("До 5 т", "carrier"), new Answer("5–20 т", "carrier"), new Answer("Понад 20 т", "carrier")),
						null),
				new Step("carrier", Kind.QUESTION, "Чи задоволені ви теперішнім перевізником?", null,
						List.of(new Answer("Є питання до ціни чи строків", "meeting"), new Answer("Загалом так", "meeting"),
								new Answer("Не хочуть змінювати", "bye")),
						null),
				new Step("meeting", Kind.OUTCOME,
						"Запропонуйте 20-хвилинну зустріч з менеджером: він порахує ваш маршрут і ціну.", null, null,
						CallOutcome.INTERESTED),
				new Step("later", Kind.OUTCOME, "Домовтеся передзвонити, коли буде відправка.", null, null,
						CallOutcome.CALLBACK),
				new Step("bye", Kind.OUTCOME, "Подякуйте за час і попрощайтеся.", null, null, CallOutcome.NOT_INTERESTED)),
				List.of(new Card("Скільки коштує?", "Ціна залежить від маршруту, ваги й строків — точно порахує менеджер.", true),
						new Card("Чи возите небезпечні вантажі (ADR)?", "Не відповідайте самі: передайте менеджеру.", true),
						new Card("Звідки у вас мій номер?", "З відкритих джерел: ми телефонуємо компаніям, що можуть відправляти вантажі.", false)));
	}

}
