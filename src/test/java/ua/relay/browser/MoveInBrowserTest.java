package ua.relay.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import ua.relay.FreshRelay;
import ua.relay.shared.Edrpou;

/**
 * A company moves in, through the pages alone: Relay started on an empty database with the demo off (a
 * schema of its own on the external PostgreSQL when the tests have one, else a new H2); setup; the
 * administrator hires a head, two callers, a closer and an account manager; each signs in with the
 * one-time password and chooses a password, but the account manager, who chooses hers from the invitation
 * sent to her e-mail through a real SMTP server; the head brings in a prospect list and the existing clients;
 * a caller hands a prospect over, the closer e-mails a quote (its PDF arrives at the mail server) and wins
 * it, the account manager invoices it on the company
 * entered at setup; the other caller leaves mid-shift, and their prospect and callback go back; the audit
 * page shows it all. No SQL, no API call, no demo data.
 */
class MoveInBrowserTest {

	private static final String CODE = "MOVE-IN-2026";

	private static final String COMPANY = "Скіф-Карго Захід";

	private static final String EDRPOU = Edrpou.withCheckDigit("3894512").value();

	private static final String IBAN = iban("322313", "0000026007233566001");

	private static FreshRelay relay;

	private static Browser browser;

	/** The company's mail server: the account manager's login starts by the invitation it carries. */
	private static GreenMail smtp;

	@BeforeAll
	static void emptyRelay() {
		smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		relay = FreshRelay.start(Map.of("relay.setup.code", CODE, "spring.mail.host", "127.0.0.1", "spring.mail.port",
				smtp.getSmtp().getPort()));
		browser = Browser.open(Integer.parseInt(relay.url().substring(relay.url().lastIndexOf(':') + 1)), "move-in");
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.close();
		}
		if (relay != null) {
			relay.close();
		}
		if (smtp != null) {
			smtp.stop();
		}
	}

	@Test
	void fromAnEmptyDatabaseToTheFirstWorkingDay() throws Exception {
		var b = browser;
		setUp(b);

		b.logIn("olena", "Вежа-над-Дністром-1");
		b.go("/salesorg/teams");
		b.type(b.find("#new-team-name"), "Денна зміна");
		new Select(b.find("#new-team-tier")).selectByValue("LG");
		b.send(b.find("#team-form"));
		assertThat(b.done()).isNotBlank();
		b.look("teams");
		b.go("/salesorg/staff");
		var passwords = new HashMap<String, String>();
		passwords.put("head", hire(b, "Марта Головна", "HEAD", "marta", null, null));
		passwords.put("caller1", hire(b, "Іван Перший", "LG", "ivan", null, "Денна зміна"));
		passwords.put("caller2", hire(b, "Оксана Друга", "LG", "oksana", null, "Денна зміна"));
		passwords.put("closer", hire(b, "Богдан Закривач", "LC", "bohdan", "30", null));
		inviteAccountManager(b);
		b.look("staff-hired");

		var own = Map.of("marta", "Марта-власний-пароль", "ivan", "Іван-власний-пароль", "oksana",
				"Оксана-власний-пароль", "bohdan", "Богдан-власний-пароль", "hanna", "Ганна-власний-пароль");
		firstSignIn(b, "marta", passwords.get("head"), own.get("marta"));
		firstSignIn(b, "ivan", passwords.get("caller1"), own.get("ivan"));
		firstSignIn(b, "oksana", passwords.get("caller2"), own.get("oksana"));
		firstSignIn(b, "bohdan", passwords.get("closer"), own.get("bohdan"));
		acceptInvitation(b, "hanna", own.get("hanna"));

		b.logIn("marta", own.get("marta"));
		importProspects(b);
		importClients(b);
		importDeals(b);

		b.logIn("ivan", own.get("ivan"));
		b.send(b.find("form[action$='/prospecting/desk/next']"));
		String handedOver = b.find("#prospect-name").getText();
		b.type(b.find("#note"), "Цікавить рефрижератор Київ — Львів щотижня");
		b.press(b.find("form.outcome"), b.find("#outcome-interested"));
		assertThat(b.done()).isNotBlank();

		b.logIn("bohdan", own.get("bohdan"));
		var lead = b.until(() -> {
			b.go("/conversion/inbox");
			return b.driver().findElements(By.cssSelector("#new-leads tr a")).stream().findFirst();
		});
		lead.click();
		b.settle();
		b.send(b.find("form[action$='/accept']"));
		// a quote first, e-mailed to the client from the deal through the company's mail server
		b.type(b.find("#quote-from"), "Київ");
		b.type(b.find("#quote-to"), "Львів");
		b.type(b.find("#quote-cargo"), "Рефрижератор, 20 т");
		b.type(b.find("#quote-weight"), "20 000");
		b.type(b.find("#quote-price"), "45 000,50");
		b.type(b.find("#quote-valid-until"), LocalDate.now(ZoneId.of("Europe/Kyiv")).plusDays(14)
			.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
		b.send(b.find("#quote-form"));
		b.type(b.find("form.send-quote input[name=to]"), "logist@client.example");
		b.send(b.find("form.send-quote"));
		assertThat(b.done()).isNotBlank();
		assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
		var quoteMail = java.util.Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> {
				try {
					return m.getAllRecipients()[0].toString().equals("logist@client.example");
				}
				catch (jakarta.mail.MessagingException ex) {
					return false;
				}
			})
			.findFirst()
			.orElseThrow();
		var attachment = ((jakarta.mail.Multipart) quoteMail.getContent()).getBodyPart(1);
		assertThat(attachment.getFileName()).endsWith(".pdf");
		assertThat(new String(attachment.getInputStream().readNBytes(5))).isEqualTo("%PDF-");
		b.type(b.find("#amount"), "45 000,50");
		b.send(b.find("#won-form"));
		assertThat(b.find("#deal-stage").getText()).isEqualTo("Виграно");
		assertThat(b.until(() -> b.maybe("#handed-to").filter(p -> p.getText().contains("Клієнта веде"))).getText())
			.contains("Ганна Клієнтська");

		b.logIn("hanna", own.get("hanna"));
		var client = b.until(() -> {
			b.go("/accounts/clients");
			return b.driver().findElements(By.cssSelector("#clients tr a")).stream()
				.filter(a -> a.getText().equals(handedOver))
				.findFirst();
		});
		client.click();
		b.settle();
		b.until(() -> b.maybe("#orders .issue-invoice")).click();
		String pdfHref = b.until(() -> b.maybe("#invoices a.invoice-pdf").map(a -> a.getDomProperty("href")));
		var pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(pdfHref))
				.header("Cookie", "JSESSIONID=" + b.driver().manage().getCookieNamed("JSESSIONID").getValue())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		String invoice = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1).replaceAll("[\\s\\u00a0]+", " ");
		assertThat(invoice).as("the invoice carries the company entered at setup").contains(COMPANY, EDRPOU);
		assertThat(invoice.replace(" ", "")).contains(IBAN);

		// the other caller, mid-shift: a callback promised, the next prospect on the screen
		b.logIn("oksana", own.get("oksana"));
		b.send(b.find("form[action$='/prospecting/desk/next']"));
		b.type(b.find("#callbackAt"), LocalDate.now(ZoneId.of("Europe/Kyiv")).plusDays(1)
			.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " 11:00");
		b.press(b.find("form.outcome"), b.find("#outcome-callback"));
		assertThat(b.done()).isNotBlank();
		b.send(b.find("form[action$='/prospecting/desk/next']"));
		String onHerScreen = b.find("#prospect-card").getDomAttribute("data-prospect-id");
		String herSession = b.driver().manage().getCookieNamed("JSESSIONID").getValue();

		b.logIn("olena", "Вежа-над-Дністром-1");
		b.go("/salesorg/staff");
		b.find("[data-employee='Оксана Друга'] a.leave").click();
		b.settle();
		var holds = b.find("#holds").getText();
		assertThat(holds).contains("Контакт на екрані", "Обіцяні передзвони");
		b.look("leaver-summary");
		b.send(b.find("#leave-form"));
		var left = b.find("#left").getText();
		assertThat(left).contains("Оксана Друга", "oksana", "контакт з екрана повернуто в чергу обдзвону", "→ Іван Перший");

		var desk = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
			.send(HttpRequest.newBuilder(URI.create(b.url("/prospecting/desk"))).header("Cookie", "JSESSIONID=" + herSession)
				.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(desk.statusCode()).as("her open session stopped").isEqualTo(302);
		assertThat(desk.headers().firstValue("Location").orElse("")).endsWith("/login");

		b.logIn("ivan", own.get("ivan"));
		b.send(b.find("form[action$='/prospecting/desk/next']"));
		assertThat(b.find("#prospect-card").getDomAttribute("data-prospect-id"))
			.as("the prospect she held is the next one free").isEqualTo(onHerScreen);

		// the caller who stayed grows into a closer: what is on his screen goes back to the queue
		b.logIn("olena", "Вежа-над-Дністром-1");
		b.go("/salesorg/staff");
		assertThat(b.find("[data-employee='Іван Перший'] header").getText()).contains("Денна зміна");
		b.find("[data-employee='Іван Перший'] a.move").click();
		b.settle();
		b.look("move");
		new Select(b.find("#move-tier")).selectByValue("LC");
		b.send(b.find("#move-form"));
		assertThat(b.find("#moved").getText()).contains("Іван Перший", "контакт з екрана повернуто в чергу обдзвону");
		assertThat(b.find("[data-employee='Іван Перший']").getDomAttribute("data-tier")).isEqualTo("LC");

		b.logIn("marta", own.get("marta"));
		b.go("/admin/audit");
		b.look("audit");
		var actions = b.driver().findElements(By.cssSelector("#audit tbody tr")).stream()
			.map(row -> row.getDomAttribute("data-action"))
			.toList();
		assertThat(actions).contains("setup", "sign-in", "employee-hired", "user-created", "password-changed",
				"invitation-sent", "invitation-accepted", "team", "employee-moved", "import",
				"client-import", "invoice", "export", "employee-left", "sign-in-failed");
	}

	private void setUp(Browser b) {
		b.go("/");
		assertThat(b.path()).isEqualTo("/setup");
		b.look("setup");
		b.type(b.find("#setup-code"), CODE.toLowerCase());
		b.type(b.find("#legal-form"), "ТОВ");
		b.type(b.find("#company-name"), COMPANY);
		b.type(b.find("#company-edrpou"), EDRPOU);
		b.type(b.find("#company-address"), "79000, м. Львів, вул. Городоцька, 120");
		b.type(b.find("#company-iban"), IBAN.replaceAll("(.{4})", "$1 ").strip());
		b.type(b.find("#company-bank"), "АТ КБ «ПриватБанк»");
		b.type(b.find("#payment-days"), "5");
		b.type(b.find("#admin-name"), "Олена Адміністраторка");
		b.type(b.find("#admin-username"), "olena");
		b.type(b.find("#admin-email"), "olena@skif-zakhid.example");
		b.type(b.find("#admin-password"), "Вежа-над-Дністром-1");
		b.type(b.find("#admin-password-again"), "Вежа-над-Дністром-1");
		b.send(b.find("#setup-form"));
		assertThat(b.path()).isEqualTo("/login");
		b.go("/setup");
		assertThat(b.find("h1").getText()).as("setup is gone once done").isEqualTo("Сторінку не знайдено");
		// somebody guessing: recorded with the address
		b.driver().manage().deleteAllCookies();
		b.go("/login");
		b.type(b.find("#username"), "olena");
		b.type(b.find("#password"), "не-той-пароль");
		b.find("#login-submit").click();
		b.settle();
	}

	private String hire(Browser b, String name, String works, String login, String capacity, String team) {
		b.go("/salesorg/staff");
		b.find("#hire summary").click();
		b.type(b.find("#hire-name"), name);
		new Select(b.find("#hire-works")).selectByValue(works);
		if (team != null) {
			new Select(b.find("#hire-team")).selectByVisibleText(team);
		}
		b.find("#hire-invite").click(); // a one-time password this time, handed over in person
		b.type(b.find("#hire-username"), login);
		if (capacity != null) {
			b.type(b.find("#hire-capacity"), capacity);
		}
		b.send(b.find("#hire-form"));
		return b.find("#one-time-password").getText();
	}

	/** Hired with an invitation to her e-mail: the page shows no password, the mail server gets the link. */
	private void inviteAccountManager(Browser b) {
		b.go("/salesorg/staff");
		b.find("#hire summary").click();
		b.type(b.find("#hire-name"), "Ганна Клієнтська");
		new Select(b.find("#hire-works")).selectByValue("AM");
		b.type(b.find("#hire-username"), "hanna");
		b.type(b.find("#hire-email"), "hanna@skif-zakhid.example");
		assertThat(b.find("#hire-invite").isSelected()).as("invited by default where mail can be sent").isTrue();
		b.send(b.find("#hire-form"));
		assertThat(b.find("#invitation-sent").getText()).contains("hanna@skif-zakhid.example");
		assertThat(b.driver().findElements(By.id("one-time-password"))).isEmpty();
	}

	/** She opens the link from her e-mail, chooses her password, and signs in with it. */
	private void acceptInvitation(Browser b, String login, String own) throws Exception {
		assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
		var mail = smtp.getReceivedMessagesForDomain("skif-zakhid.example")[0];
		var link = java.util.regex.Pattern.compile("https?://\\S+/invitation/[A-Za-z0-9_-]+").matcher((String) mail.getContent());
		assertThat(link.find()).as("the invitation holds its link").isTrue();
		b.driver().manage().deleteAllCookies();
		b.driver().get(link.group());
		b.settle();
		b.look("invitation");
		b.type(b.find("#invitation-password"), own);
		b.type(b.find("#invitation-password-again"), own);
		b.send(b.find("#invitation-form"));
		assertThat(b.path()).isEqualTo("/login");
		assertThat(b.find("#username").getDomProperty("value")).isEqualTo(login);
		b.logIn(login, own);
		assertThat(b.path()).isNotEqualTo("/login").isNotEqualTo("/account/password");
	}

	private void firstSignIn(Browser b, String login, String oneTime, String own) {
		b.logIn(login, oneTime);
		assertThat(b.path()).isEqualTo("/account/password");
		b.type(b.find("#password-current"), oneTime);
		b.type(b.find("#password-new"), own);
		b.type(b.find("#password-again"), own);
		b.send(b.find("#password-form"));
		assertThat(b.path()).isNotEqualTo("/account/password");
	}

	private void importProspects(Browser b) throws Exception {
		var list = Files.createTempFile("prospects", ".csv");
		Files.writeString(list, String.join("\n", "Назва;Телефон;Місто",
				"ТОВ «Подільський Млин»;0432 55 10 01;Вінниця",
				"ТОВ «Карпатська Вода»;0342 55 10 02;Івано-Франківськ",
				"ПП «Волинь Меблі»;0332 55 10 03;Луцьк",
				"ТОВ «Буковина Агро»;0372 55 10 04;Чернівці",
				"ТОВ «Тернопіль Цегла»;0352 55 10 05;Тернопіль") + "\n", Charset.forName("windows-1251"));
		b.go("/prospecting/manage/imports");
		b.find("#import-file").sendKeys(list.toAbsolutePath().toString());
		b.send(b.find("form[action$='/prospecting/manage/imports']"));
		b.send(b.find("form[action$='/run']"));
		assertThat(b.until(() -> b.maybe("#imported").filter(WebElement::isDisplayed)).getText()).isEqualTo("5");
	}

	private void importClients(Browser b) throws Exception {
		Path clients = Files.createTempFile("clients", ".csv");
		Files.writeString(clients, String.join("\n", "Реалізація послуг;;;;;",
				"Контрагент;Код ЄДРПОУ;Дата;Номенклатура;Сума;Менеджер",
				"ТОВ «Львівська Кераміка»;" + Edrpou.withCheckDigit("4011223").value() + ";14.01.2026;Палетні перевезення;18 400,00;Ганна Клієнтська",
				"ТОВ «Львівська Кераміка»;" + Edrpou.withCheckDigit("4011223").value() + ";20.05.2026;Палетні перевезення;21 000,00;Ганна Клієнтська",
				"ТОВ «Рава Деревина»;" + Edrpou.withCheckDigit("4011224").value() + ";03.03.2026;Перевезення окремим автомобілем;33 500,00;") + "\n",
				Charset.forName("windows-1251"));
		b.go("/accounts/manage/client-imports");
		b.find("#client-import-file").sendKeys(clients.toAbsolutePath().toString());
		b.send(b.find("#client-import-form"));
		b.look("client-import-preview");
		b.send(b.find("#client-import-run-form"));
		var summary = b.find("#client-import-summary");
		assertThat(summary.getDomAttribute("data-status")).isEqualTo("DONE");
		assertThat(summary.getText()).contains("клієнтів перенесено: 2");
		b.look("client-import-report");
	}

	/** The deals the closer had in a spreadsheet before: one at its stage, his. */
	private void importDeals(Browser b) throws Exception {
		Path deals = Files.createTempFile("deals", ".xlsx");
		var workbook = new ua.relay.platform.tabular.ExcelLikeWorkbook();
		var sheet = workbook.sheet("Угоди");
		String[][] rows = { { "Назва угоди", "Компанія", "ЄДРПОУ", "Етап", "Сума", "Відповідальний", "Дата закриття" },
				{ "Щотижневі рейси Львів — Варшава", "ТОВ «Галицький Хміль»", Edrpou.withCheckDigit("4011230").value(),
						"Переговори", "120 000", "Богдан Закривач", "15.01.2027" } };
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < rows[r].length; c++) {
				sheet.text(r + 1, c, rows[r][c]);
			}
		}
		Files.write(deals, workbook.bytes());
		b.go("/conversion/manage/deal-imports");
		b.find("#deal-import-file").sendKeys(deals.toAbsolutePath().toString());
		b.send(b.find("#deal-import-form"));
		b.look("deal-import-preview");
		b.send(b.find("#deal-import-run-form"));
		var summary = b.find("#deal-import-summary");
		assertThat(summary.getDomAttribute("data-status")).isEqualTo("DONE");
		assertThat(summary.getText()).contains("угод перенесено: 1");
	}

	/** A Ukrainian IBAN of the bank code and account given, with its check digits (ISO 13616, mod 97). */
	private static String iban(String bank, String account) {
		String bban = bank + account;
		int check = 98 - new java.math.BigInteger(bban + "3010" + "00").mod(java.math.BigInteger.valueOf(97)).intValue();
		return "UA" + (check < 10 ? "0" : "") + check + bban;
	}

}
