package ua.relay.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import ua.relay.TestDatabase;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Shifts;
import ua.relay.salesorg.WeeklyShift;

/**
 * The main journeys in a real headless Chromium against the running application with its demo data:
 * every demo login lands on its workspace, and one prospect walks caller → closer → account manager
 * through the pages alone, ending in the head's responsibility matrix.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "relay.demo.enabled=true", "relay.demo.prospects=80", "relay.demo.calls-per-caller=3" })
@ContextConfiguration(initializers = TestDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RelayJourneyBrowserTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void openBrowser() throws IOException {
		Files.createDirectories(SCREENSHOTS);
		browser = chromium();
	}

	private static ChromeDriver chromium() {
		var options = new ChromeOptions();
		options.setBinary(System.getProperty("relay.chromium", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1366,900", "--lang=uk");
		var service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(System.getProperty("relay.chromedriver", "/usr/bin/chromedriver")).toFile())
			.build();
		return new ChromeDriver(service, options);
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	@Order(1)
	void everyDemoLoginLandsOnItsWorkspace() {
		var landings = List.of(List.of("admin", "/salesorg/matrix"), List.of("head", "/salesorg/matrix"),
				List.of("caller1", "/prospecting/desk"), List.of("caller4", "/prospecting/desk"),
				List.of("closer1", "/conversion/inbox"), List.of("closer3", "/conversion/inbox"),
				List.of("am1", "/accounts/clients"), List.of("am3", "/accounts/clients"));
		for (var landing : landings) {
			logIn(landing.get(0));
			assertThat(path()).as(landing.get(0)).isEqualTo(landing.get(1));
			screenshot("landing-" + landing.get(0));
		}
	}

	@Test
	@Order(2)
	void aProspectTravelsThroughTheThreeTiersByThePagesAlone() {
		logIn("caller1");
		new Actions(browser).sendKeys("n").perform(); // the desk's keyboard shortcut for "next prospect"
		var card = until(() -> find(By.id("prospect-card")));
		String company = card.getDomAttribute("data-company");
		browser.findElement(By.id("script-next")).click();
		until(() -> find(By.cssSelector("#script button.answer[value='0']"))).click(); // ships weekly
		until(() -> find(By.cssSelector("#script-answers"))).isDisplayed();
		browser.findElement(By.cssSelector("#script button.answer[value='1']")).click(); // 5–20 t
		until(() -> browser.findElements(By.cssSelector("#script-answers div")).size() == 2 ? Optional.of(true) : Optional.empty());
		browser.findElement(By.cssSelector("#script button.answer[value='0']")).click(); // unhappy with the carrier
		until(() -> find(By.id("script-outcome")));
		browser.findElement(By.id("note")).sendKeys("Возять 20 т щотижня, просять зустріч у вівторок");
		screenshot("caller-desk");
		browser.findElement(By.id("note")).sendKeys(Keys.ESCAPE);
		browser.findElement(By.id("outcome-interested")).click();
		until(() -> find(By.cssSelector(".flash")));
		screenshot("caller-handed-over");

		String closer = until(() -> firstWithRow(List.of("closer1", "closer2", "closer3"), "/conversion/inbox",
				"#new-leads tr[data-company='" + css(company) + "']"));
		screenshot("closer-inbox");
		browser.findElement(By.cssSelector("#new-leads tr[data-company='" + css(company) + "'] a")).click();
		var answers = until(() -> find(By.id("lead-answers")));
		assertThat(answers.getText()).contains("Щотижня або частіше").contains("5–20 т");
		screenshot("closer-lead");
		browser.findElement(By.id("accept-lead")).click();
		until(() -> find(By.id("deal-card")));
		browser.findElement(By.id("amount")).sendKeys("25000");
		browser.findElement(By.id("deal-won")).click();
		until(() -> find(By.id("deal-amount")));
		assertThat(browser.findElement(By.id("deal-stage")).getText()).isEqualTo("Виграно");
		screenshot("closer-won");

		String manager = until(() -> firstWithRow(List.of("am1", "am2", "am3"), "/accounts/clients",
				"#clients tr[data-company='" + css(company) + "']"));
		screenshot("am-clients");
		assertThat(manager).startsWith("am");

		logIn("head");
		var row = browser.findElement(By.cssSelector("#matrix-three-tier tr[data-company='" + css(company) + "']"));
		var cells = row.findElements(By.tagName("td"));
		assertThat(cells.get(1).getText()).isEqualTo("Андрій Мельник"); // caller1
		assertThat(cells.get(2).getText()).isNotEqualTo("—");
		assertThat(cells.get(3).getText()).isNotEqualTo("—");
		var classic = browser.findElement(By.cssSelector("#matrix-classic tr[data-company='" + css(company) + "']"));
		assertThat(classic.findElements(By.tagName("td")).get(1).getText()).isEqualTo("Андрій Мельник");
		screenshot("head-matrix");
		assertThat(closer).startsWith("closer");

		browser.get(url("/prospecting/manage/numbers"));
		var callerRow = browser.findElements(By.cssSelector("#caller-numbers tbody tr")).stream()
			.filter(tr -> tr.getText().startsWith("Андрій Мельник")).findFirst().orElseThrow();
		var figures = callerRow.findElements(By.tagName("td"));
		assertThat(Integer.parseInt(figures.get(6).getText())).as("accepted by tier 2").isGreaterThanOrEqualTo(1);
		assertThat(Integer.parseInt(figures.get(7).getText())).as("first sales").isGreaterThanOrEqualTo(1);
		screenshot("head-caller-numbers");
		browser.get(url("/prospecting/manage/supply"));
		assertThat(browser.findElements(By.cssSelector("#supply tbody tr"))).hasSize(14);
		screenshot("head-supply");
	}

	@Test
	@Order(3)
	void aCallerWorksTwentyProspectsWithTheKeyboardAloneAndEscalatesOne() {
		logIn("caller2");
		var keys = new Actions(browser);
		var worked = new java.util.HashSet<String>();
		for (int i = 0; i < 20; i++) {
			keys.sendKeys("n").perform();
			var card = until(() -> find(By.id("prospect-card")));
			worked.add(card.getDomAttribute("data-prospect-id"));
			keys.sendKeys(String.valueOf(1 + i % 4)).perform(); // no answer, busy, wrong number, not interested
			until(() -> find(By.id("next-prospect")));
		}
		assertThat(worked).as("twenty different prospects").hasSize(20);

		keys.sendKeys("n").perform();
		var card = until(() -> find(By.id("prospect-card")));
		String company = card.getDomAttribute("data-company");
		keys.sendKeys("/").perform();
		keys.sendKeys("Чи возите небезпечні вантажі класу 3?").sendKeys(Keys.ESCAPE).perform();
		screenshot("caller-escalates");
		keys.sendKeys("8").perform();
		until(() -> find(By.id("next-prospect")));

		until(() -> firstWithRow(List.of("closer1", "closer2", "closer3"), "/conversion/inbox",
				"#new-leads tr.urgent[data-company='" + css(company) + "']"));
		browser.findElement(By.cssSelector("#new-leads tr[data-company='" + css(company) + "'] a")).click();
		var question = until(() -> find(By.id("lead-question")));
		assertThat(question.getText()).isEqualTo("Чи возите небезпечні вантажі класу 3?");
		screenshot("closer-urgent-lead");

		logIn("caller2");
		keys.sendKeys("n").perform();
		var booked = until(() -> find(By.id("prospect-card"))).getDomAttribute("data-company");
		keys.sendKeys("m").perform();
		keys.sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ESCAPE).perform();
		String when = new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("meeting")))
			.getFirstSelectedOption().getText();
		screenshot("caller-books-meeting");
		keys.sendKeys("9").perform();
		until(() -> find(By.id("next-prospect")));
		until(() -> firstWithRow(List.of("closer1", "closer2", "closer3"), "/conversion/inbox",
				"#new-leads tr[data-company='" + css(booked) + "']"));
		browser.findElement(By.cssSelector("#new-leads tr[data-company='" + css(booked) + "'] a")).click();
		var meeting = until(() -> find(By.id("lead-meeting")));
		assertThat(when).startsWith(meeting.getText().replace("Зустріч: ", "").substring(0, 16));
		screenshot("closer-lead-with-meeting");
	}

	@Test
	@Order(4)
	void theHeadImportsAProspectListThroughThePages() throws IOException {
		var csv = Files.createTempFile("prospects", ".csv");
		Files.writeString(csv, "Назва;Телефон;Місто\nТОВ «Браузер»;044 765 43 21;Київ\nБез номера;;Львів\n",
				java.nio.charset.Charset.forName("windows-1251"));
		logIn("head");
		browser.get(url("/prospecting/manage/imports"));
		browser.findElement(By.id("import-file")).sendKeys(csv.toAbsolutePath().toString());
		browser.findElement(By.id("upload")).click();
		until(() -> find(By.id("preview")));
		assertThat(browser.getPageSource()).contains("Windows-1251");
		screenshot("import-preview");
		browser.findElement(By.id("run-import")).click();
		until(() -> find(By.id("import-numbers")));
		assertThat(browser.findElement(By.id("imported")).getText()).isEqualTo("1");
		assertThat(browser.findElement(By.id("rejected")).getText()).isEqualTo("1");
		screenshot("import-report");
	}

	@Test
	@Order(5)
	void theHeadsSetUpPagesWork() {
		logIn("head");
		browser.get(url("/prospecting/manage/campaigns/new"));
		browser.findElement(By.id("campaign-name")).sendKeys("Меблі Київщини");
		browser.findElement(By.id("add-rule")).click();
		until(() -> find(By.cssSelector(".rule input[type=text]")))
			.sendKeys("Меблі");
		browser.findElement(By.id("campaign-name")).click(); // leaving the field asks for the live count
		until(() -> browser.findElement(By.id("live-count")).getText().isEmpty() ? Optional.empty() : Optional.of(true));
		screenshot("head-campaign");
		browser.findElement(By.id("save-campaign")).click();
		until(() -> find(By.id("campaigns")));
		screenshot("head-campaigns");

		browser.get(url("/prospecting/manage/script"));
		until(() -> find(By.id("save-script")));
		screenshot("head-script-editor");

		browser.get(url("/salesorg/shifts"));
		browser.findElement(By.cssSelector("#shifts tbody tr a")).click();
		until(() -> find(By.id("shift-form")));
		screenshot("head-shift-editor");
	}

	@Test
	@Order(6)
	void theInterfaceSwitchesToEnglish() {
		logIn("head");
		browser.get(url("/salesorg/matrix?lang=en"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Responsibility matrix");
		screenshot("head-matrix-en");
		browser.get(url("/salesorg/matrix?lang=uk"));
	}

	@Test
	@Order(7)
	void aCloserTakesALeadAcrossTheBoardQuotesAndWinsItAndTheSpecialistManagerGetsTheClient() throws Exception {
		logIn("caller3");
		new Actions(browser).sendKeys("n").perform();
		var card = until(() -> find(By.id("prospect-card")));
		String company = card.getDomAttribute("data-company");
		String industry = card.getDomAttribute("data-industry");
		browser.findElement(By.id("outcome-interested")).click();
		until(() -> find(By.id("next-prospect")));

		logIn("head"); // the last account manager on the staff list specialises in this company's industry
		browser.get(url("/salesorg/staff"));
		var managers = browser.findElements(By.cssSelector("#staff form.staff-card[data-tier=AM]"));
		var specialistCard = managers.get(managers.size() - 1);
		String specialist = specialistCard.getDomAttribute("data-employee");
		var industries = specialistCard.findElement(By.cssSelector("input[name=industries]"));
		industries.clear();
		industries.sendKeys(industry);
		specialistCard.findElement(By.cssSelector(".save-employee")).click();
		until(() -> Boolean.TRUE.equals(browser.executeScript("""
				return [...document.querySelectorAll('#staff input[name=industries]')]
					.some(input => input.value.toLowerCase() === arguments[0].toLowerCase());
				""", industry)) ? Optional.of(true) : Optional.empty());

		until(() -> firstWithRow(List.of("closer1", "closer2", "closer3"), "/conversion/inbox",
				"#new-leads tr[data-company='" + css(company) + "']"));
		browser.findElement(By.cssSelector("#new-leads tr[data-company='" + css(company) + "'] a")).click();
		until(() -> find(By.id("accept-lead"))).click();
		String dealPage = until(() -> find(By.id("deal-card")).map(found -> browser.getCurrentUrl()));

		browser.get(url("/conversion/board"));
		var onBoard = until(() -> find(By.xpath("//article[contains(@class,'deal-card')][a[normalize-space()='" + company + "']]")));
		String cardId = onBoard.getDomAttribute("id");
		new Select(onBoard.findElement(By.name("stage"))).selectByValue("PROPOSAL");
		onBoard.findElement(By.cssSelector("form.move button")).click();
		until(() -> find(By.cssSelector("#column-PROPOSAL #" + cardId)));
		// the same move by dragging: the page's own drop handler submits the card's form
		browser.executeScript("""
				const card = document.getElementById(arguments[0]);
				const data = new DataTransfer();
				card.dispatchEvent(new DragEvent('dragstart', { dataTransfer: data, bubbles: true }));
				document.getElementById('column-NEGOTIATION').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true }));
				""", cardId);
		until(() -> find(By.cssSelector("#column-NEGOTIATION #" + cardId)));
		screenshot("closer-board");

		browser.get(dealPage);
		browser.findElement(By.id("quote-from")).sendKeys("Київ");
		browser.findElement(By.id("quote-to")).sendKeys("Одеса");
		browser.findElement(By.id("quote-cargo")).sendKeys("Палети з меблями");
		browser.findElement(By.id("quote-weight")).sendKeys("8000");
		browser.findElement(By.id("quote-price")).sendKeys("36500");
		browser.executeScript("document.getElementById('quote-valid-until').value = '2099-12-31'");
		browser.findElement(By.id("quote-give")).click();
		String quoteHref = until(
				() -> find(By.cssSelector("#quotes a[id^='quote-pdf-']")).map(a -> a.getDomProperty("href")));
		screenshot("closer-quote");
		var pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(quoteHref))
				.header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1).replaceAll("[\\s\\u00a0]+", "");
		assertThat(text).contains("Комерційнапропозиція", "Київ—Одеса", "36500,00грн");

		browser.findElement(By.id("amount")).sendKeys("36500");
		browser.findElement(By.id("deal-won")).click();
		until(() -> find(By.id("deal-amount")));
		assertThat(browser.findElement(By.id("deal-stage")).getText()).isEqualTo("Виграно");

		until(() -> firstWithRow(List.of("am1", "am2", "am3"), "/accounts/clients",
				"#clients tr[data-company='" + css(company) + "']"));
		var clientRow = browser.findElement(By.cssSelector("#clients tr[data-company='" + css(company) + "']"));
		assertThat(clientRow.getText()).contains(specialist).contains("рахунків до виставлення: 1");
		screenshot("am-new-client-from-specialist-rule");
	}

	@Test
	@Order(8)
	void anAccountManagerWorksTodaysRemindersOrderInvoiceAndPayment() throws Exception {
		String manager = until(() -> firstWithRow(List.of("am1", "am2", "am3"), "/accounts/clients", "#reminders li"));
		var reminder = browser.findElement(By.cssSelector("#reminders li"));
		String company = reminder.getDomAttribute("data-company");
		assertThat(reminder.getText()).contains("від останнього замовлення");
		screenshot("am-reminders");
		reminder.findElement(By.tagName("a")).click();
		until(() -> find(By.id("client-rhythm")));

		browser.findElement(By.id("order-description")).sendKeys("Перевезення 20 палет Київ — Вінниця");
		browser.findElement(By.id("order-amount")).sendKeys("58200");
		browser.findElement(By.id("order-save")).click();
		until(() -> find(By.cssSelector("#orders tr[data-order='Перевезення 20 палет Київ — Вінниця'] .issue-invoice"))).click();
		// the link's address read in the wait: htmx may swap the list once more after the link first shows
		String pdfHref = until(() -> find(By.cssSelector("#invoices a.invoice-pdf")).map(a -> a.getDomProperty("href")));
		screenshot("am-invoice-issued");
		var pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(pdfHref))
				.header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1).replaceAll("[\\s\\u00a0]+", " ");
		assertThat(text).contains("Рахунок на оплату", "П'ятдесят вісім тисяч двісті гривень 00 копійок", company);
		var iban = java.util.regex.Pattern.compile("IBAN ((?:UA\\d\\d)(?: ?\\d{4}){6} ?\\d)").matcher(text);
		assertThat(iban.find()).as("an IBAN on the invoice").isTrue();
		assertThat(ua.relay.shared.Iban.isValid(iban.group(1))).as(iban.group(1)).isTrue();

		var row = browser.findElement(By.cssSelector("#invoices tbody"));
		row.findElement(By.cssSelector(".record-payment")).click(); // the whole amount, as the field suggests
		until(() -> browser.findElement(By.cssSelector("#invoices tbody tr")).getText().contains("сплачено")
				? Optional.of(true) : Optional.empty());
		screenshot("am-invoice-paid");

		browser.get(url("/accounts/clients"));
		var done = until(() -> find(By.cssSelector("#reminders li[data-company='" + css(company) + "'] .reminder-done")));
		done.click();
		var item = browser.findElement(By.cssSelector("#reminders li[data-company='" + css(company) + "']"));
		item.findElement(By.cssSelector("input[name=result][value=ORDERED]")).click();
		item.findElement(By.cssSelector(".reminder-done-confirm")).click();
		until(() -> browser.findElements(By.cssSelector("#reminders li[data-company='" + css(company) + "']")).isEmpty()
				? Optional.of(true) : Optional.empty());
		assertThat(manager).startsWith("am");

		browser.get(url("/accounts/segments"));
		until(() -> find(By.cssSelector("#segments-chart[data-drawn='true']")));
		assertThat(browser.findElements(By.cssSelector("#segments tbody tr"))).isNotEmpty();
		screenshot("am-segments");
		browser.get(url("/accounts/numbers"));
		until(() -> find(By.id("manager-numbers")));
		screenshot("am-numbers");

		logIn("head"); // the head's set-up and numbers pages of tiers 2 and 3
		for (var page : List.of(List.of("/conversion/manage/stages", "stages", "head-pipeline-stages"),
				List.of("/accounts/manage/playbook", "rule-form", "head-playbook"),
				List.of("/conversion/numbers", "closer-numbers", "head-closer-numbers"),
				List.of("/accounts/invoices/overdue", "content", "head-overdue-invoices"))) {
			browser.get(url(page.get(0)));
			until(() -> page.get(1).equals("content") ? find(By.tagName("h1")) : find(By.id(page.get(1))));
			screenshot(page.get(2));
		}
	}

	@Test
	@Order(9)
	void aRoutedCallPopsTheCallersCardInItsAccountManagersPageAndNobodyElses() throws Exception {
		UUID am1 = jdbc.sql("select employee_id from platform_user where username = 'am1'").query(UUID.class).single();
		shifts.setWeekly(new EmployeeId(am1), java.util.Arrays.stream(java.time.DayOfWeek.values())
			.map(day -> new WeeklyShift(day, java.time.LocalTime.MIN, java.time.LocalTime.of(23, 59)))
			.toList()); // on shift whenever the test runs
		var client = jdbc.sql("""
				select p.e164, c.name from accounts_client a join party_company c on c.id = a.company_id
				join party_phone p on p.company_id = c.id where a.account_manager_id = ? order by c.name limit 1
				""").param(am1).query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();

		logIn("am1");
		browser.get(url("/accounts/clients"));
		var colleague = chromium();
		try {
			logIn(colleague, "am2");
			colleague.get(url("/accounts/clients"));
			until(() -> Boolean.TRUE.equals(browser.executeScript("return document.readyState === 'complete'")) ? Optional.of(true)
					: Optional.empty());
			Thread.sleep(500); // both pages have opened their streams

			String callId = "journey-" + UUID.randomUUID();
			var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/v1/telephony/binotel")))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("requestType=apiCallSettings&generalCallID=" + callId
						+ "&externalNumber=" + java.net.URLEncoder.encode(client.get(0), java.nio.charset.StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).isEqualTo(200);

			var card = until(() -> find(By.cssSelector("#screen-pop .caller-card")));
			assertThat(card.getText()).contains(client.get(1), ua.relay.shared.PhoneNumber.parse(client.get(0)).international());
			screenshot("screen-pop");
			Thread.sleep(2_000);
			assertThat(colleague.findElements(By.cssSelector("#screen-pop .caller-card"))).as("am2's page").isEmpty();

			card.findElement(By.cssSelector("[data-dismiss-card]")).click();
			until(() -> browser.findElements(By.cssSelector("#screen-pop .caller-card")).isEmpty() ? Optional.of(true)
					: Optional.empty());
		}
		finally {
			colleague.quit();
		}
	}

	@Test
	@Order(10)
	void theHeadReadsTheMonthsCommissionsAndAStatement() {
		logIn("head");
		browser.get(url("/analytics/commissions"));
		until(() -> find(By.cssSelector("#commission-chart[data-drawn]")));
		screenshot("head-commissions");
		browser.findElement(By.cssSelector("#commission-totals tbody tr a")).click();
		assertThat(until(() -> find(By.id("statement-csv"))).getDomAttribute("href")).contains(".csv?month=");
		screenshot("head-commission-statement");
	}

	@Test
	@Order(11)
	void theHeadAndEachTierSeeTheirDashboardsAndAnExportKeepsFormulasInert() throws Exception {
		staff.hire(new ua.relay.salesorg.NewEmployee("=HYPERLINK(\"http://evil.example\") Оператор", ua.relay.salesorg.Tier.LG,
				null, false, null));
		logIn("head");
		browser.get(url("/analytics/dashboard"));
		until(() -> find(By.cssSelector("#funnel-chart[data-drawn]")));
		until(() -> find(By.cssSelector("#trend-chart[data-drawn]")));
		screenshot("head-dashboard");
		var export = browser.findElement(By.cssSelector("#callers .exports a")).getDomProperty("href");
		var csv = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(export))
				.header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue())
				.build(), HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(csv.statusCode()).as(export + " → " + csv.headers().map()).isEqualTo(200);
		assertThat(csv.body()).contains("\"'=HYPERLINK(").doesNotContain(";\"=HYPERLINK").doesNotContain("\n\"=HYPERLINK");

		browser.get(url("/analytics/matrix"));
		until(() -> find(By.cssSelector("#spread-chart[data-drawn]")));
		screenshot("head-matrix-over-a-period");

		for (var tier : List.of(List.of("caller1", "lg"), List.of("closer1", "lc"), List.of("am1", "am"))) {
			logIn(tier.get(0));
			browser.get(url("/analytics/dashboard/tier/" + tier.get(1)));
			until(() -> find(By.cssSelector("#trend-chart[data-drawn]")));
			screenshot("dashboard-" + tier.get(1));
		}
	}

	@Autowired
	ua.relay.salesorg.Staff staff;

	@Test
	@Order(12)
	void theHeadComparesTheTwoModelsOnTheSimulatorsPage() {
		logIn("head");
		browser.get(url("/analytics/simulator"));
		until(() -> find(By.id("calibration")));
		screenshot("head-simulator");
		for (var field : List.of(List.of("simulation-weeks", "8"), List.of("simulation-replications", "6"),
				List.of("simulation-sweep", "4"))) {
			var input = browser.findElement(By.id(field.get(0)));
			input.clear();
			input.sendKeys(field.get(1));
		}
		browser.findElement(By.id("simulation-run")).click();
		until(() -> find(By.cssSelector("#simulation-chart[data-drawn]")));
		until(() -> find(By.cssSelector("#sweep-chart[data-drawn]")));
		assertThat(browser.findElements(By.cssSelector("#simulation-results tbody tr"))).hasSizeGreaterThan(5);
		assertThat(browser.findElement(By.cssSelector("#simulation-results thead")).getText()).containsIgnoringCase("Три рівні")
			.containsIgnoringCase("Класична");
		screenshot("head-simulation-result");
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Shifts shifts;

	private Optional<String> firstWithRow(List<String> users, String page, String rowSelector) {
		for (String user : users) {
			logIn(user);
			browser.get(url(page));
			if (!browser.findElements(By.cssSelector(rowSelector)).isEmpty()) {
				return Optional.of(user);
			}
		}
		return Optional.empty();
	}

	@Test
	@Order(13)
	void theHeadFindsAClientByAPhoneAsPeopleWriteItAndByAMisspeltNameAndACallerFindsNoClient() {
		var client = jdbc.sql("""
				select cl.id, c.name, min(p.e164) as phone from accounts_client cl
				join party_company c on c.id = cl.company_id join party_phone p on p.company_id = c.id
				where length(c.name) >= 8 group by cl.id, c.name order by c.name""")
			.query((rs, n) -> List.of(rs.getString("id"), rs.getString("name"), rs.getString("phone")))
			.list()
			.get(0);
		String id = client.get(0);
		String name = client.get(1);
		String digits = "0" + client.get(2).substring(4); // +380671234567 → 0671234567
		String spaced = digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6, 8) + " "
				+ digits.substring(8);
		logIn("head");
		var box = browser.findElement(By.id("search-box"));
		box.sendKeys(spaced);
		until(() -> find(By.cssSelector("#search-results a.search-hit[data-record='" + id + "']")));
		screenshot("search-head-phone");
		box.sendKeys(Keys.ARROW_DOWN);
		assertThat(browser.switchTo().activeElement().getDomAttribute("data-record")).isEqualTo(id);
		browser.switchTo().activeElement().sendKeys(Keys.ENTER);
		until(() -> path().equals("/accounts/clients/" + id) ? Optional.of(true) : Optional.empty());

		int middle = name.length() / 2;
		while (!Character.isLetter(name.charAt(middle))) {
			middle++;
		}
		String misspelt = name.substring(0, middle) + (name.charAt(middle) == 'о' ? 'а' : 'о') + name.substring(middle + 1);
		box = browser.findElement(By.id("search-box"));
		box.sendKeys(misspelt);
		until(() -> find(By.cssSelector("#search-results a.search-hit[data-record='" + id + "']")));
		box.sendKeys(Keys.ENTER);
		until(() -> path().equals("/search") ? find(By.cssSelector("#search-found a.search-hit[data-record='" + id + "']"))
				: Optional.empty());
		screenshot("search-head-misspelt");

		logIn("caller1");
		box = browser.findElement(By.id("search-box"));
		box.sendKeys(name);
		until(() -> find(By.cssSelector("#search-results #search-nothing")));
		assertThat(browser.findElements(By.cssSelector("#search-results a.search-hit"))).isEmpty();
		screenshot("search-caller-nothing");
	}

	@Test
	@Order(14)
	void aClosersDayShowsTheMeetingTierOneBookedAndTheirPhonesCalendarReadsIt() throws Exception {
		var meeting = jdbc.sql("""
				select l.id, u.username from conversion_lead l join platform_user u on u.employee_id = l.closer_id
				where l.meeting_starts_at > current_timestamp and l.status <> 'REJECTED'
				  and l.meeting_starts_at < current_timestamp + interval '6' day
				order by l.meeting_starts_at""")
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
			.list();
		assertThat(meeting).as("the demo books meetings for the days ahead").isNotEmpty();
		String lead = meeting.get(0).get(0);
		logIn(meeting.get(0).get(1));
		browser.get(url("/conversion/day"));
		var item = until(() -> find(By.cssSelector("#day-meetings li.meeting[data-meeting='" + lead + "']")));
		assertThat(item.getText()).contains("призначив");
		screenshot("closer-day");

		browser.findElement(By.cssSelector("#feed-issue button")).click();
		String feed = until(() -> find(By.id("feed-url"))).getDomProperty("value");
		var http = HttpClient.newHttpClient();
		var calendar = http.send(HttpRequest.newBuilder(URI.create(feed)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(calendar.statusCode()).isEqualTo(200);
		assertThat(calendar.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
		assertThat(calendar.body()).contains("BEGIN:VCALENDAR", "UID:" + lead + "@relay");

		browser.findElement(By.cssSelector("#feed-issue button")).click();
		until(() -> find(By.id("feed-url")).filter(f -> !f.getDomProperty("value").equals(feed)));
		assertThat(http.send(HttpRequest.newBuilder(URI.create(feed)).build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).as("the replaced address").isEqualTo(404);
	}

	@Autowired
	ua.relay.Staffing staffing;

	@Autowired
	ua.relay.Deals deals;

	@Autowired
	ua.relay.conversion.LeadInbox inbox;

	@Test
	@Order(15)
	void aNewLeadRaisesTheBellOnTheClosersOpenPageWithoutAReload() {
		logIn("closer1");
		browser.get(url("/conversion/inbox"));
		int before = Integer.parseInt(until(() -> find(By.id("bell"))).getDomAttribute("data-unread"));
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.relayNotReloaded = true");

		var closer1 = new EmployeeId(jdbc.sql("select employee_id from platform_user where username = 'closer1'")
			.query(UUID.class)
			.single());
		var lead = deals.leadFrom(staffing.hire(ua.relay.platform.Role.CALLER));
		if (!lead.closerId().equals(closer1)) {
			inbox.reassign(lead.id(), closer1, staffing.hire(ua.relay.platform.Role.HEAD));
		}

		new WebDriverWait(browser, Duration.ofSeconds(45)).ignoring(StaleElementReferenceException.class)
			.until(d -> Integer.parseInt(d.findElement(By.id("bell")).getDomAttribute("data-unread")) > before);
		assertThat(((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.relayNotReloaded"))
			.as("the same page, not reloaded").isEqualTo(true);
		screenshot("closer-bell");
		browser.findElement(By.id("bell")).click();
		until(() -> find(By.cssSelector("#notifications li.unread[data-kind='NEW_LEAD'] a"))).click();
		until(() -> path().startsWith("/conversion/leads/") ? Optional.of(true) : Optional.empty());
	}

	private void logIn(String username) {
		logIn(browser, username);
	}

	private void logIn(ChromeDriver driver, String username) {
		driver.manage().deleteAllCookies();
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys("demo");
		driver.findElement(By.id("login-submit")).click();
		new WebDriverWait(driver, Duration.ofSeconds(45))
			.until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/login") ? null : true);
	}

	private Optional<WebElement> find(By by) {
		return browser.findElements(by).stream().findFirst();
	}

	private static <T> T until(Supplier<Optional<T>> condition) {
		// a row read while htmx swaps it goes stale: read it again
		return new WebDriverWait(browser, Duration.ofSeconds(45)).ignoring(StaleElementReferenceException.class)
			.until(d -> condition.get().orElse(null));
	}

	private String path() {
		return URI.create(browser.getCurrentUrl()).getPath();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static String css(String value) {
		return value.replace("\\", "\\\\").replace("'", "\\'");
	}

	private static void screenshot(String name) {
		try {
			Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
