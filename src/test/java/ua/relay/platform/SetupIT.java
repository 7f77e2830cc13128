package ua.relay.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import ua.relay.FreshRelay;

/**
 * A company's first run, on a database of its own with no demo: everything leads to setup, which takes the
 * code from the log and records the company and its administrator once; then setup is gone, the
 * administrator signs in, and documents name the company entered.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SetupIT {

	private static final String CODE = "TEST-SETUP-CODE";

	private static FreshRelay relay;

	private static HttpClient http;

	@BeforeAll
	static void start() {
		relay = FreshRelay.start(Map.of("relay.setup.code", CODE));
		http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	@AfterAll
	static void stop() {
		relay.close();
	}

	@Test
	@Order(1)
	void beforeSetupEveryPageLeadsToItAndTheApiSaysSo() throws Exception {
		var home = get("/");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/setup"));
		assertThat(get("/login").headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/setup"));
		var api = get("/api/v1/me");
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.body()).contains("\"code\":\"setup.required\"");
		var page = get("/setup");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"setup-form\"", "name=\"code\"", "name=\"iban\"");
		assertThat(get("/css/relay.css").statusCode()).isNotEqualTo(302);
	}

	@Test
	@Order(2)
	void aWrongCodeOrAWrongIbanIsRefusedWithItsReasonAndNothingIsRecorded() throws Exception {
		var wrongCode = postJson("/api/v1/setup", body("WRONG", "UA213223130000026007233566001"));
		assertThat(wrongCode.statusCode()).isEqualTo(422);
		assertThat(wrongCode.body()).contains("\"code\":\"setup.code-wrong\"");
		var wrongIban = postJson("/api/v1/setup", body(CODE, "UA213223130000026007233566002"));
		assertThat(wrongIban.statusCode()).isEqualTo(422);
		assertThat(wrongIban.body()).contains("\"code\":\"company.iban-invalid\"");

		var page = get("/setup");
		var form = new LinkedHashMap<String, String>();
		csrf(page.body(), form);
		form.putAll(Map.of("code", CODE, "legalForm", "ТОВ", "name", "Скіф-Карго", "edrpou", "14360570", "address",
				"м. Київ, вул. Хрещатик, 1", "iban", "UA213223130000026007233566001", "bank", "АТ «Ощадбанк»", "paymentDays",
				"5", "username", "olena", "fullName", "Олена Коваленко"));
		form.put("password", "не-простий-пароль-2026");
		form.put("passwordAgain", "інший-пароль-2026-року");
		var differs = postForm("/setup", form);
		assertThat(differs.statusCode()).isEqualTo(302);
		assertThat(differs.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/setup"));
		assertThat(get("/setup").body()).contains("Паролі не збігаються");
		assertThat(relay.bean(OwnCompany.class).recorded()).isFalse();
	}

	@Test
	@Order(3)
	void tenWrongCodesPauseSetupEvenForTheRightOneUntilAQuarterOfAnHourHasPassed() throws Exception {
		for (int i = 1; i < 10; i++) { // the tenth, after the one before
			assertThat(postJson("/api/v1/setup", body("GUESS-" + i, "UA213223130000026007233566001")).body())
				.contains("\"code\":\"setup.code-wrong\"");
		}
		var paused = postJson("/api/v1/setup", body(CODE, "UA213223130000026007233566001"));
		assertThat(paused.statusCode()).isEqualTo(409);
		assertThat(paused.body()).contains("\"code\":\"setup.paused\"");
		assertThat(relay.bean(OwnCompany.class).recorded()).isFalse();
		relay.bean(ApplicationClock.class).setTo(java.time.Instant.now().plus(Setup.PAUSE).plusSeconds(60));
	}

	@Test
	@Order(4)
	void setupRecordsTheCompanyAndItsAdministratorOnceAndIsThenGone() throws Exception {
		var page = get("/setup");
		var form = new LinkedHashMap<String, String>();
		csrf(page.body(), form);
		form.putAll(Map.of("code", CODE.toLowerCase(), "legalForm", "ТОВ", "name", "Скіф-Карго", "edrpou", "14360570",
				"address", "м. Київ, вул. Хрещатик, 1", "iban", "UA21 3223 1300 0002 6007 2335 6600 1", "bank", "АТ «Ощадбанк»",
				"vatPayer", "true", "paymentDays", "7", "username", "olena"));
		form.put("fullName", "Олена Коваленко");
		form.put("adminEmail", "Olena@Skif.example");
		form.put("password", "не-простий-пароль-2026");
		form.put("passwordAgain", "не-простий-пароль-2026");
		var done = postForm("/setup", form);
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?setup"));

		var company = relay.bean(OwnCompany.class).current();
		assertThat(company.name()).isEqualTo("ТОВ «Скіф-Карго»");
		assertThat(company.iban()).isEqualTo("UA213223130000026007233566001");
		assertThat(company.paymentDays()).isEqualTo(7);
		assertThat(company.vatPayer()).isTrue();

		assertThat(get("/setup").statusCode()).isEqualTo(404);
		assertThat(postJson("/api/v1/setup", body(CODE, "UA213223130000026007233566001")).statusCode()).isEqualTo(404);
		var me = http.send(HttpRequest.newBuilder(URI.create(relay.url() + "/api/v1/me"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString("olena:не-простий-пароль-2026".getBytes(StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("ADMIN");
		assertThat(relay.bean(UserManagement.class).email(idOf("olena"))).as("kept, lower-cased").hasValue("olena@skif.example");
		assertThat(get("/login").statusCode()).isEqualTo(200);
	}

	private static java.util.UUID idOf(String username) {
		return relay.bean(org.springframework.jdbc.core.simple.JdbcClient.class)
			.sql("select id from platform_user where username = ?").param(username).query(java.util.UUID.class).single();
	}

	private static String body(String code, String iban) {
		return """
				{"code": "%s", "company": {"name": "Скіф-Карго", "legalForm": "ТОВ", "edrpou": "14360570",
				 "address": "м. Київ, вул. Хрещатик, 1", "iban": "%s", "bank": "АТ «Ощадбанк»", "vatPayer": true,
				 "paymentDays": 5},
				 "admin": {"username": "olena", "password": "не-простий-пароль-2026", "fullName": "Олена Коваленко",
				 "email": "olena@skif.example"}}""".formatted(code, iban);
	}

	private static void csrf(String page, Map<String, String> form) {
		var token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
		if (token.find()) {
			form.put("_csrf", token.group(1));
		}
	}

	private static HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(relay.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> postJson(String path, String json) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(relay.url() + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> postForm(String path, Map<String, String> form) throws Exception {
		String body = form.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return http.send(HttpRequest.newBuilder(URI.create(relay.url() + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Referer", relay.url() + path) // as a browser sends the form from its page
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
