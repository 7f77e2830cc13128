package ua.relay.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import ua.relay.TestDatabase;

/**
 * The first day of each role, with the pages alone, in a Chromium set to English as many Ukrainian office PCs
 * are, typing Ukrainian decimals and dates, leaving checkboxes unticked, mistyping addresses and values. Every
 * form the day meets is sent once as the page gave it and once with a wrong value whose message must appear
 * next to its field (a form of buttons only, once as it is); the last test says which form was never tried.
 * Every page looked at is photographed at 1440 and 390 px, and at 390 px nothing may stick out of the screen
 * nor any field go without its label.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "relay.demo.enabled=true", "relay.demo.prospects=80", "relay.demo.calls-per-caller=3" })
@ContextConfiguration(initializers = TestDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstDayBrowserTest {

	private static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void noBrowserYet() {
		browser = null;
	}

	private Browser browser() {
		if (browser == null) {
			browser = Browser.open(port);
		}
		return browser;
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	@Order(1)
	void aWrongPasswordSaysSoAndTheRightOneOpensTheCallersDesk() {
		var b = browser();
		b.driver().manage().deleteAllCookies();
		b.go("/login");
		b.look("login");
		var form = b.find("form[action$='/login']");
		b.sendUntouched(form);
		assertThat(b.problem()).contains("Невірне");
		form = b.find("form[action$='/login']");
		b.sendWrong(form, () -> {
			b.type(b.find("#username"), "caller1");
			b.type(b.find("#password"), "not-the-password");
		});
		assertThat(b.problem()).contains("Невірне");
		b.logIn("caller1");
		assertThat(b.path()).isEqualTo("/prospecting/desk");
		b.look("caller-desk-empty");
	}

	@Test
	@Order(2)
	void aCallerWorksProspectsRefusedCallbacksIncludedAndBooksAMeeting() {
		var b = browser();
		b.logIn("caller1");
		var next = b.find("form[action$='/prospecting/desk/next']");
		b.sendUntouched(next);
		b.look("caller-desk-prospect");
		var outcome = b.find("form.outcome");
		b.sendUntouched(outcome, b.find("#outcome-no-answer"));
		assertThat(b.done()).isNotBlank();

		b.send(b.find("form[action$='/prospecting/desk/next']"));
		String prospect = b.find("#prospect-card").getDomAttribute("data-prospect-id");
		String callbackNote = "Просили передзвонити після обіду";
		outcome = b.find("form.outcome");
		b.sendWrong(outcome, () -> {
			b.type(b.find("#note"), callbackNote);
			b.type(b.find("#callbackAt"), "31.02.2027 25:00");
		}, b.find("#outcome-callback"));
		assertThat(b.problemAt("callbackAt")).contains("01.12.2026");
		assertThat(b.find("#note").getDomProperty("value")).as("the note is kept").isEqualTo(callbackNote);
		assertThat(b.find("#prospect-card").getDomAttribute("data-prospect-id")).as("the same prospect").isEqualTo(prospect);
		b.look("caller-callback-refused");
		b.type(b.find("#callbackAt"), "02.12.2026 14:30".replace("2026", String.valueOf(java.time.Year.now().getValue() + 1)));
		b.press(b.find("form.outcome"), b.find("#outcome-callback"));
		assertThat(b.done()).isNotBlank();

		b.send(b.find("form[action$='/prospecting/desk/next']"));
		String question = "Чи возите небезпечні вантажі класу 3?";
		b.type(b.find("#note"), "");
		b.press(b.find("form.outcome"), b.find("#outcome-escalate"));
		assertThat(b.problem()).as("an escalation without the question").isNotBlank();
		b.type(b.find("#note"), question);
		b.press(b.find("form.outcome"), b.find("#outcome-escalate"));
		assertThat(b.done()).isNotBlank();

		b.send(b.find("form[action$='/prospecting/desk/next']"));
		var meeting = new Select(b.find("#meeting"));
		meeting.selectByIndex(1);
		b.type(b.find("#note"), "Зустріч у їхньому офісі");
		b.press(b.find("form.outcome"), b.find("#outcome-meeting-booked"));
		assertThat(b.done()).isNotBlank();
	}

	@Test
	@Order(3)
	void aCallerReadsTheirOwnNumbersWithoutADeadLinkAndAMistypedAddressSaysNotFound() throws Exception {
		var b = browser();
		b.logIn("caller1");
		b.find("#menu a[href='/analytics/commissions/mine']").click();
		b.settle();
		b.look("caller-my-commission");
		for (var link : b.driver().findElements(By.cssSelector("main a[href^='/']"))) {
			String href = link.getDomAttribute("href");
			int status = get(href);
			assertThat(status).as("the caller's link " + href).isLessThan(400);
		}
		b.go("/prospecting/dezk");
		assertThat(b.find("h1").getText()).isEqualTo("Сторінку не знайдено");
		assertThat(b.has("#menu")).as("the not-found page is in the layout").isTrue();
		b.look("not-found");
		b.go("/conversion/inbox");
		assertThat(b.find("h1").getText()).isEqualTo("Немає доступу");
	}

	@Test
	@Order(4)
	void aCloserRejectsALeadWithTheCheckboxUntickedAndAcceptsTheOneWithTheMeeting() {
		var b = browser();
		closerWith("#new-leads tr .meeting-badge");
		b.look("closer-inbox");
		var meeting = b.find("#new-leads tr .meeting-badge").findElement(By.xpath("ancestor::tr"));
		meeting.findElement(By.tagName("a")).click();
		b.settle();
		b.look("closer-lead");
		b.sendUntouched(b.find("form[action$='/accept']"));
		assertThat(b.find("#deal-meeting").getText()).contains("Зустріч");
		assertThat(b.find("#timeline-meeting").getText()).isNotBlank();
		assertThat(b.find("#tasks").getText()).contains("Зустріч з");
		b.go("/conversion/inbox");
		assertThat(b.find("#my-tasks").getText()).contains("Зустріч з");

		closerWith("#new-leads tr a");
		b.find("#new-leads tr a").click();
		b.settle();
		var reject = b.find("#reject-form");
		b.sendUntouched(reject);
		assertThat(b.problemAt("reason")).isNotBlank();
		assertThat(b.driver().switchTo().activeElement().getDomAttribute("name")).as("the focus is on the reason").isEqualTo("reason");
		b.look("closer-reject-refused");
		b.type(b.find("#rejection-reason"), "Возять лише власним транспортом");
		b.send(b.find("#reject-form"));
		assertThat(b.done()).contains("повернуто");
		assertThat(b.path()).isEqualTo("/conversion/inbox");
	}

	@Test
	@Order(5)
	void aCloserWorksADealTypingUkrainianMoneyAndDatesAndWinsIt() {
		var b = browser();
		closerWith("#open-deals tr a, #new-leads tr a");
		if (!b.has("#open-deals tr a")) {
			b.find("#new-leads tr a").click();
			b.settle();
			b.send(b.find("form[action$='/accept']"));
		}
		else {
			b.find("#open-deals tr a").click();
			b.settle();
		}
		String deal = b.path();
		b.look("closer-deal");

		b.sendUntouched(b.find("#plan-form"));
		assertThat(b.done()).isNotBlank();
		b.sendWrong(b.find("#plan-form"), () -> b.type(b.find("#plan-amount"), "сорок тисяч"));
		assertThat(b.problemAt("amount")).contains("45 000,50");
		b.type(b.find("#plan-amount"), "40 000,00");
		b.type(b.find("#plan-close"), "15.01." + (java.time.Year.now().getValue() + 1));
		b.send(b.find("#plan-form"));
		assertThat(b.find("#deal-amount").getText()).isEqualTo("40 000,00 грн");

		b.sendUntouched(b.find("#stage-form"));
		b.sendWrong(b.find("#stage-form"), () -> b.js("arguments[0].options[arguments[0].selectedIndex].value = 'NO_SUCH_STAGE'", b.find("#deal-stage-select")));
		assertThat(b.problem()).isNotBlank();

		b.sendUntouched(b.find("#activity-form"));
		assertThat(b.problemAt("summary")).isNotBlank();
		b.sendWrong(b.find("#activity-form"), () -> {
			b.type(b.find("#activity-summary"), "Обговорили тариф");
			b.type(b.find("#activity-at"), "01.01." + (java.time.Year.now().getValue() + 2) + " 10:00");
		});
		assertThat(b.problem()).isNotBlank();
		b.type(b.find("#activity-at"), "");
		b.send(b.find("#activity-form"));
		assertThat(b.find("#timeline").getText()).contains("Обговорили тариф");

		b.sendUntouched(b.find("#task-form"));
		assertThat(b.problemAt("title")).isNotBlank();
		b.sendWrong(b.find("#task-form"), () -> {
			b.type(b.find("#task-title"), "Надіслати договір");
			b.type(b.find("#task-due"), "завтра");
		});
		assertThat(b.problemAt("dueAt")).contains("01.12.2026 14:30");
		b.type(b.find("#task-due"), "20.12." + java.time.Year.now().getValue() + " 10:00");
		b.send(b.find("#task-form"));
		var done = b.driver().findElements(By.cssSelector("#tasks form[action*='/done']")).stream()
			.filter(f -> f.findElement(By.xpath("..")).getText().contains("Надіслати договір"))
			.findFirst()
			.orElseThrow();
		b.sendUntouched(done);
		assertThat(b.find("#tasks li.done").getText()).contains("Надіслати договір");

		b.sendUntouched(b.find("#quote-form"));
		assertThat(b.problemAt("routeFrom")).isNotBlank();
		b.sendWrong(b.find("#quote-form"), () -> {
			b.type(b.find("#quote-from"), "Київ");
			b.type(b.find("#quote-to"), "Одеса");
			b.type(b.find("#quote-cargo"), "Палети з меблями");
			b.type(b.find("#quote-weight"), "вісім тонн");
			b.type(b.find("#quote-price"), "36 500,00");
			b.type(b.find("#quote-valid-until"), "31.12." + (java.time.Year.now().getValue() + 1));
		});
		assertThat(b.problemAt("weightKg")).isNotBlank();
		b.type(b.find("#quote-weight"), "8 000,5");
		b.send(b.find("#quote-form"));
		assertThat(b.find("#quotes").getText()).contains("36 500,00 грн");

		b.sendUntouched(b.find("#won-form"));
		assertThat(b.problemAt("amount")).isNotBlank();
		b.sendWrong(b.find("#won-form"), () -> b.type(b.find("#amount"), "45000,505"));
		assertThat(b.problemAt("amount")).isNotBlank();
		b.type(b.find("#amount"), "45 000,50");
		b.send(b.find("#won-form"));
		assertThat(b.find("#deal-amount").getText()).isEqualTo("45 000,50 грн");
		assertThat(b.find("#deal-stage").getText()).isEqualTo("Виграно");
		var handedTo = b.until(() -> b.maybe("#handed-to").filter(p -> p.getText().contains("Клієнта веде")));
		assertThat(handedTo.getText()).contains("менеджер з клієнтів");
		b.look("closer-deal-won");

		b.go("/conversion/deals/" + UUID.randomUUID());
		assertThat(b.find("h1").getText()).isEqualTo("Сторінку не знайдено");
		b.go(deal.replaceFirst("[0-9a-f-]{36}$", "abc"));
		assertThat(b.find("h1").getText()).isEqualTo("Сторінку не знайдено");
	}

	@Test
	@Order(6)
	void aCloserLosesADealWithItsReasonAndADayToCallBack() {
		var b = browser();
		closerWith("#open-deals tr a");
		b.find("#open-deals tr a").click();
		b.settle();
		b.sendUntouched(b.find("#lose-form"));
		assertThat(b.problemAt("reason")).isNotBlank();
		b.sendWrong(b.find("#lose-form"), () -> {
			b.type(b.find("#lost-reason"), "Обрали іншого перевізника");
			b.type(b.find("#recontact-on"), "31.02.2027");
		});
		assertThat(b.problemAt("recontactOn")).contains("01.12.2026");
		b.type(b.find("#recontact-on"), "01.03." + (java.time.Year.now().getValue() + 1));
		b.send(b.find("#lose-form"));
		assertThat(b.find("#deal-lost-reason").getText()).isEqualTo("Обрали іншого перевізника");

		b.go("/conversion/numbers");
		b.look("closer-numbers");
		b.sendUntouched(b.find("form[action$='/conversion/numbers']"));
		b.sendWrong(b.find("form[action$='/conversion/numbers']"), () -> b.type(b.find("input[name=from]"), "32.13.2026"));
		assertThat(b.problemAt("from")).isNotBlank();
		b.go("/conversion/board");
		b.look("closer-board");
	}

	@Test
	@Order(7)
	void anAccountManagerRecordsAnOrderInvoicesItAndRefusesAMillionOnIt() {
		var b = browser();
		accountManagerWith("#clients tr a");
		b.look("am-clients");
		b.sendUntouched(b.find("#portfolio-filter"));
		b.sendWrong(b.find("#portfolio-filter"), () -> b.js("arguments[0].options[arguments[0].selectedIndex].value = 'NO_SUCH_SEGMENT'", b.find("#portfolio-filter select[name=segment]")));
		assertThat(b.problem()).isNotBlank();
		b.go("/accounts/clients");
		b.find("#clients tr a").click();
		b.settle();
		b.look("am-client");

		b.sendUntouched(b.find("#requisites-form"));
		assertThat(b.done()).isNotBlank();
		b.sendWrong(b.find("#requisites-form"), () -> b.type(b.find("#client-iban"), "UA75 3052 9900 0002 6007 2335 6600 1"));
		assertThat(b.problemAt("iban")).contains("IBAN");

		b.sendUntouched(b.find("#order-form"));
		assertThat(b.problemAt("description")).isNotBlank();
		b.sendWrong(b.find("#order-form"), () -> {
			b.type(b.find("#order-description"), "Перевезення 20 палет Київ — Вінниця");
			b.type(b.find("#order-amount"), "1.500");
		});
		assertThat(b.problemAt("amount")).contains("45 000,50");
		assertThat(b.find("#order-description").getDomProperty("value")).isEqualTo("Перевезення 20 палет Київ — Вінниця");
		b.type(b.find("#order-amount"), "58 200,00");
		b.send(b.find("#order-form"));
		var order = b.find("#orders tr[data-order='Перевезення 20 палет Київ — Вінниця']");
		assertThat(order.getText()).contains("58 200,00 грн");
		b.sendUntouched(order.findElement(By.cssSelector("form")));
		var invoice = b.find("#invoices tbody");
		assertThat(invoice.getText()).contains("58 200,00 грн");
		assertThat(b.find("#invoices .payment-amount").getDomProperty("value").replace('\u00a0', ' ')).isEqualTo("58 200,00");

		b.sendWrong(b.find("#invoices .payment-form"), () -> b.type(b.find("#invoices .payment-amount"), "1 000 000"));
		assertThat(b.problemAt("amount")).contains("58 200,00");
		b.look("am-payment-refused");
		b.go(b.path()); // the page as it comes, the amount still due in the field
		b.sendUntouched(b.find("#invoices .payment-form"));
		assertThat(b.find("#invoices tbody tr.invoice").getText()).contains("сплачено");

		var cancel = b.find("#invoices details.cancel-payment");
		cancel.findElement(By.tagName("summary")).click();
		b.sendUntouched(cancel.findElement(By.tagName("form")));
		assertThat(b.problemAt("reason")).isNotBlank();
		cancel = b.find("#invoices details.cancel-payment");
		openDetails(cancel);
		b.type(cancel.findElement(By.name("reason")), "Платіж від іншого клієнта");
		b.send(cancel.findElement(By.tagName("form")));
		assertThat(b.find("#invoices li.cancelled").getText()).contains("Платіж від іншого клієнта");
		assertThat(b.find("#invoices tbody tr.invoice").getText()).doesNotContain("сплачено");

		b.sendUntouched(b.find("#contact-form"));
		assertThat(b.problemAt("summary")).isNotBlank();
		b.sendWrong(b.find("#contact-form"), () -> {
			b.type(b.find("#contact-summary"), "Підтвердили оплату телефоном");
			b.type(b.find("#contact-at"), "вчора");
		});
		assertThat(b.problemAt("happenedAt")).isNotBlank();
		b.type(b.find("#contact-at"), "");
		b.send(b.find("#contact-form"));
		assertThat(b.find("#client-timeline").getText()).contains("Підтвердили оплату телефоном");
	}

	@Test
	@Order(8)
	void anAccountManagerDoesTodaysReminderSaysWhatCameOfItAndUndoesIt() {
		var b = browser();
		accountManagerWith("#reminders li");
		b.look("am-reminders");
		var reminder = b.find("#reminders li");
		String company = reminder.getDomAttribute("data-company");
		reminder.findElement(By.cssSelector("summary.reminder-done")).click();
		b.sendUntouched(reminder.findElement(By.tagName("form")));
		assertThat(b.problemAt("result")).isNotBlank();
		reminder = b.find("#reminders li[data-company='" + css(company) + "']");
		openDetails(reminder.findElement(By.cssSelector("details")));
		var form = reminder.findElement(By.tagName("form"));
		b.sendWrong(form, () -> {
			var ordered = form.findElement(By.cssSelector("input[value=ORDERED]"));
			ordered.click();
			b.js("arguments[0].value = 'NOT_A_RESULT'", ordered);
		});
		assertThat(b.problemAt("result")).isNotBlank();
		reminder = b.find("#reminders li[data-company='" + css(company) + "']");
		openDetails(reminder.findElement(By.cssSelector("details")));
		var again = reminder.findElement(By.tagName("form"));
		again.findElement(By.cssSelector("input[value=WILL_ORDER]")).click();
		b.type(again.findElement(By.name("note")), "Замовлять наступного тижня");
		b.send(again);
		assertThat(b.find("#reminder-done").getText()).contains("замовить пізніше");
		assertThat(b.has("#reminders li[data-company='" + css(company) + "']")).isFalse();
		b.sendUntouched(b.find("#reminder-done form"));
		assertThat(b.find("#reminders li[data-company='" + css(company) + "']").isDisplayed()).as("undone").isTrue();

		b.go("/accounts/numbers");
		b.sendUntouched(b.find("form[action$='/accounts/numbers']"));
		b.sendWrong(b.find("form[action$='/accounts/numbers']"), () -> b.type(b.find("input[name=to]"), "вчора"));
		assertThat(b.problemAt("to")).isNotBlank();
		b.look("am-numbers");
	}

	/** Opens a folded part of the page (a details element) unless a refused form already opened it. */
	private void openDetails(WebElement details) {
		if (details.getDomProperty("open") == null || !Boolean.parseBoolean(details.getDomProperty("open"))) {
			details.findElement(By.tagName("summary")).click();
		}
	}

	private String closerWith(String css) {
		return firstWithRow(List.of("closer1", "closer2", "closer3"), "/conversion/inbox", css);
	}

	private String accountManagerWith(String css) {
		return firstWithRow(List.of("am1", "am2", "am3"), "/accounts/clients", css);
	}

	private String firstWithRow(List<String> users, String page, String css) {
		var b = browser();
		for (String user : users) {
			b.logIn(user);
			b.go(page);
			if (b.has(css)) {
				return user;
			}
		}
		throw new AssertionError("nobody of " + users + " has " + css + " on " + page);
	}

	private int get(String path) throws IOException, InterruptedException {
		var session = browser().driver().manage().getCookieNamed("JSESSIONID").getValue();
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(browser().url(path))).header("Cookie", "JSESSIONID=" + session).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	static String css(String value) {
		return value.replace("\\", "\\\\").replace("'", "\\'");
	}

}
