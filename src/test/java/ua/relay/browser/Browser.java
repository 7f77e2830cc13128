package ua.relay.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person at a browser, as Relay's users have them: Chromium set to English (as many Ukrainian office PCs
 * are) reading Relay's Ukrainian pages. Besides driving the pages it keeps three promises of the first-day
 * suite: every page it is asked to look at is photographed at 1440 and 390 px, and at 390 px nothing sticks
 * out of the screen and every field has a label; every form it meets is remembered, and so is every form it
 * sends untouched or with a wrong value, so the suite can tell whether any form was never tried.
 */
final class Browser implements AutoCloseable {

	private final Path screenshots;

	private static final Dimension WIDE = new Dimension(1440, 900);

	private static final Dimension NARROW = new Dimension(390, 844);

	private final ChromeDriver driver;

	private final int port;

	private final Map<String, String> formsSeen = new TreeMap<>();

	private final Set<String> formsWithFields = new TreeSet<>();

	private final Set<String> sentUntouched = new TreeSet<>();

	private final Set<String> sentWrong = new TreeSet<>();

	private int shots;

	private Browser(ChromeDriver driver, int port, Path screenshots) {
		this.driver = driver;
		this.port = port;
		this.screenshots = screenshots;
	}

	/** The first day's browser: its photographs under target/screenshots/first-day. */
	static Browser open(int port) {
		return open(port, "first-day");
	}

	/** A browser whose photographs go under target/screenshots/{@code name}, emptied first. */
	static Browser open(int port, String name) {
		var shots = Path.of("target", "screenshots", name);
		try {
			Files.createDirectories(shots);
			try (var old = Files.list(shots)) {
				for (var file : old.toList()) {
					Files.delete(file);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		var options = new ChromeOptions();
		options.setBinary(System.getProperty("relay.chromium", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1440,900", "--lang=en-US");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
		var service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(System.getProperty("relay.chromedriver", "/usr/bin/chromedriver")).toFile())
			.build();
		return new Browser(new ChromeDriver(service, options), port, shots);
	}

	ChromeDriver driver() {
		return driver;
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	String path() {
		return URI.create(driver.getCurrentUrl()).getPath();
	}

	/** Signs in as one of the demo's people (their password is "demo"), alone in the browser. */
	void logIn(String username) {
		logIn(username, "demo");
	}

	void logIn(String username, String password) {
		driver.manage().deleteAllCookies();
		driver.get(url("/login"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.id("login-submit")).click();
		until(() -> path().equals("/login") ? Optional.empty() : Optional.of(true));
		settle();
	}

	/** Opens a page as a person would by its address, and notes its forms. */
	void go(String path) {
		driver.get(url(path));
		settle();
	}

	/** Waits until the page and any htmx request it made are done, and notes the forms it shows. */
	void settle() {
		until(() -> Boolean.TRUE.equals(js("return document.readyState === 'complete' && !document.querySelector('.htmx-request')"))
				? Optional.of(true) : Optional.empty());
		seeForms();
	}

	/**
	 * Looks at the page as the reader of a 1440 px screen and of a 390 px phone: a screenshot of each, nothing
	 * wider than the phone's screen, every field with a label.
	 */
	void look(String name) {
		settle();
		shoot(name + "-1440");
		driver.manage().window().setSize(NARROW);
		try {
			until(() -> ((Number) js("return document.documentElement.clientWidth")).intValue() <= 400 ? Optional.of(true)
					: Optional.empty());
			shoot(name + "-390");
			assertThat(overflowing()).as(name + " at 390 px: what sticks out of the screen").isEmpty();
			assertThat(unlabelled()).as(name + ": fields without a label").isEmpty();
		}
		finally {
			driver.manage().window().setSize(WIDE);
		}
	}

	/** Follows a menu entry as a person does: opening its group first where the menu has groups. */
	void menu(String path) {
		var link = driver.findElement(By.cssSelector("#menu a[href='" + path + "']"));
		if (!link.isDisplayed()) {
			link.findElement(By.xpath("ancestor::details/summary")).click();
		}
		link.click();
		settle();
	}

	WebElement find(String css) {
		return until(() -> driver.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst());
	}

	Optional<WebElement> maybe(String css) {
		return driver.findElements(By.cssSelector(css)).stream().findFirst();
	}

	boolean has(String css) {
		return !driver.findElements(By.cssSelector(css)).isEmpty();
	}

	/** Types into a field as a person does: what was there is cleared first. */
	void type(WebElement field, String text) {
		field.clear();
		field.sendKeys(text);
	}

	/** Sends the form as it stands, with what the page put in it, and remembers that this form was tried so. */
	void sendUntouched(WebElement form) {
		sentUntouched.add(key(form));
		send(form);
	}

	/** Sends the form after {@code change} put a wrong value into it, and remembers that this form was tried so. */
	void sendWrong(WebElement form, Runnable change) {
		sentWrong.add(key(form));
		change.run();
		send(form);
	}

	/** Sends the form as changed by the test, with its first button. */
	void send(WebElement form) {
		press(form, form.findElements(By.cssSelector("button[type=submit], button:not([type])")).stream()
			.filter(WebElement::isDisplayed)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no button to send " + key(form))));
	}

	/**
	 * Presses one of the form's buttons and waits for the answer to replace the form (a new page, the same page
	 * again, or the part of it the form stood in): a marker put into the form is gone once it has.
	 */
	void press(WebElement form, WebElement button) {
		js("const m = document.createElement('i'); m.id = 'relay-sent'; arguments[0].appendChild(m);", form);
		button.click();
		until(() -> Boolean.TRUE.equals(js("return !document.getElementById('relay-sent')")) ? Optional.of(true)
				: Optional.empty());
		settle();
	}

	void sendUntouched(WebElement form, WebElement button) {
		sentUntouched.add(key(form));
		press(form, button);
	}

	void sendWrong(WebElement form, Runnable change, WebElement button) {
		sentWrong.add(key(form));
		change.run();
		press(form, button);
	}

	/** The message Relay put next to a field of a refused form, with the focus on the first such field. */
	String problemAt(String fieldName) {
		var message = until(() -> driver.findElements(By.cssSelector("[name='" + fieldName + "'][aria-invalid=true]"))
			.stream()
			.findFirst()
			.map(field -> driver.findElement(By.id(field.getDomAttribute("aria-describedby")))));
		assertThat(message.getText()).as("the message next to " + fieldName).isNotBlank();
		return message.getText();
	}

	/** The message Relay put at the top of a refused form, or of the page. */
	String problem() {
		return until(() -> driver.findElements(By.cssSelector(".form-problem, .flash.problem, #alerts .flash, small.error")).stream()
			.filter(WebElement::isDisplayed)
			.findFirst()).getText();
	}

	/** The confirmation the page shows after a form succeeded. */
	String done() {
		return until(() -> driver.findElements(By.cssSelector(".flash[role=status]")).stream()
			.filter(WebElement::isDisplayed)
			.findFirst()).getText();
	}

	Object js(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	<T> T until(Supplier<Optional<T>> condition) {
		return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> condition.get().orElse(null));
	}

	/** Every form met, by its method and address (ids as {id}), with the page it was on. */
	Map<String, String> formsSeen() {
		return formsSeen;
	}

	Set<String> sentUntouched() {
		return sentUntouched;
	}

	Set<String> sentWrong() {
		return sentWrong;
	}

	/** The forms met in which a person types, chooses or ticks something (the others are buttons only). */
	Set<String> formsWithFields() {
		return formsWithFields;
	}

	private void seeForms() {
		for (var form : driver.findElements(By.tagName("form"))) {
			String key = key(form);
			formsSeen.putIfAbsent(key, path());
			if (Boolean.TRUE.equals(js("""
					return [...arguments[0].elements].some(e => e.tagName === 'TEXTAREA' || e.tagName === 'SELECT'
					    || (e.tagName === 'INPUT' && !['hidden', 'submit', 'button'].includes(e.type)));
					""", form))) {
				formsWithFields.add(key);
			}
		}
	}

	static String normalised(String action) {
		String path = URI.create(action).getPath();
		return path.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}");
	}

	String key(WebElement form) {
		String method = Optional.ofNullable(form.getDomAttribute("method")).orElse("get").toUpperCase();
		// the attribute, not the property: a form with a field named "action" shadows the property
		String action = URI.create(driver.getCurrentUrl())
			.resolve(Optional.ofNullable(form.getDomAttribute("action")).filter(a -> !a.isBlank()).orElse(driver.getCurrentUrl()))
			.toString();
		return method + " " + normalised(action);
	}

	@SuppressWarnings("unchecked")
	private List<String> overflowing() {
		return (List<String>) js("""
				const w = document.documentElement.clientWidth, out = [];
				for (const el of document.querySelectorAll('body *')) {
				  const r = el.getBoundingClientRect();
				  if (r.width === 0 || r.right <= w + 1) continue;
				  let scrolls = false;
				  for (let a = el.parentElement; a; a = a.parentElement) {
				    const s = getComputedStyle(a);
				    if (['auto', 'scroll', 'hidden'].includes(s.overflowX) && a.getBoundingClientRect().right <= w + 1) { scrolls = true; break; }
				  }
				  if (!scrolls) out.push(el.tagName + (el.id ? '#' + el.id : '') + '.' + [...el.classList].join('.'));
				}
				return out.slice(0, 10);
				""");
	}

	@SuppressWarnings("unchecked")
	private List<String> unlabelled() {
		return (List<String>) js("""
				return [...document.querySelectorAll('input, select, textarea')]
				  .filter(f => !['hidden', 'submit', 'button'].includes(f.type) && !f.classList.contains('native-picker'))
				  .filter(f => !(f.labels && f.labels.length) && !f.getAttribute('aria-label') && !f.getAttribute('aria-labelledby') && !f.title)
				  .map(f => f.name || f.id || f.type);
				""");
	}

	/**
	 * The whole page, not only what the window shows (up to 8,000 px down): the window is made as tall as the
	 * page, and the charts are given the time to draw themselves again at that size.
	 */
	private void shoot(String name) {
		var window = driver.manage().window().getSize();
		int height = Math.min(8_000, ((Number) js("return document.documentElement.scrollHeight")).intValue());
		driver.manage().window().setSize(new Dimension(window.getWidth(), Math.max(window.getHeight(), height + 140)));
		try {
			Thread.sleep(400);
			Files.write(screenshots.resolve("%03d-%s.png".formatted(++shots, name)),
					driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			driver.manage().window().setSize(window);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}

}
