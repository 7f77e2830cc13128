package ua.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import ua.relay.accounts.Cadence;
import ua.relay.accounts.PastOrder;
import ua.relay.party.CompanyDirectory;
import ua.relay.party.NewCompany;
import ua.relay.platform.Actor;
import ua.relay.platform.OwnCompany;
import ua.relay.platform.Role;
import ua.relay.prospecting.CallOutcome;
import ua.relay.prospecting.CallQueue;
import ua.relay.prospecting.CallReport;
import ua.relay.prospecting.ProspectId;
import ua.relay.routing.InboundRouting;
import ua.relay.salesorg.EmployeeId;
import ua.relay.shared.PhoneNumber;

/**
 * Two Relay instances on one PostgreSQL, as behind a load balancer: a user signed in on one is served by the
 * other, a call routed on one pops on a page open on the other, fifty callers split across them never share
 * a prospect, a hand-over left undelivered by an instance that died, or by connections the database cut, is
 * delivered by the one still running within a minute, and two instances sweeping or starting at the same
 * moment both carry on.
 */
class TwoInstancesIT {

	/** Retries sooner than in production, so that the test waits seconds rather than a minute. */
	private static final Map<String, Object> QUICK_RETRIES = Map.of("relay.events.retry-every", "2s",
			"relay.events.retry-after", "4s", "relay.events.retry-stuck", "20s");

	private static FreshRelay a;

	private static FreshRelay b;

	@BeforeAll
	static void twoInstances() {
		assumeThat(TestDatabase.external()).as("two processes share a database server: PostgreSQL").isTrue();
		a = FreshRelay.start(with(QUICK_RETRIES, "ApplicationName", "relay-two-a"));
		a.bean(OwnCompany.class).record(a.bean(OwnCompany.class).defaults());
		b = a.beside(with(QUICK_RETRIES, "ApplicationName", "relay-two-b"));
	}

	@AfterAll
	static void stop() {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
	}

	@Test
	void aSessionOpenedOnOneInstanceWorksOnTheOther() throws Exception {
		var caller = a.bean(Staffing.class).hire(Role.CALLER);
		var http = HttpClient.newHttpClient();
		String session = signIn(http, a, caller.username());

		var desk = http.send(HttpRequest.newBuilder(URI.create(b.url() + "/prospecting/desk")).header("Cookie", "JSESSIONID=" + session)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(desk.statusCode()).isEqualTo(200);
		assertThat(desk.body()).as("B shows the desk, not the sign-in page").doesNotContain("name=\"password\"");

		// a form A rendered, sent to B: its CSRF token is the session's, wherever it is checked
		var page = http.send(HttpRequest.newBuilder(URI.create(a.url() + "/prospecting/desk")).header("Cookie", "JSESSIONID=" + session)
			.build(), HttpResponse.BodyHandlers.ofString());
		var logout = http.send(HttpRequest.newBuilder(URI.create(b.url() + "/logout"))
			.header("Cookie", "JSESSIONID=" + session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf(page.body())))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(logout.statusCode()).as("B takes A's form").isEqualTo(302);
		assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?logout"));
		var after = http.send(HttpRequest.newBuilder(URI.create(a.url() + "/prospecting/desk")).header("Cookie", "JSESSIONID=" + session)
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(after.statusCode()).as("signed out on B is signed out on A").isEqualTo(302);
	}

	@Test
	void aCallRoutedOnOneInstancePopsOnAPageOpenOnTheOther() throws Exception {
		var manager = a.bean(Staffing.class).hire(Role.ACCOUNT_MANAGER);
		var client = a.bean(Clientele.class).of(manager, "Дзвінок");
		var http = HttpClient.newHttpClient();
		String session = signIn(http, a, manager.username());
		var lines = new CopyOnWriteArrayList<String>();
		var stream = http.sendAsync(HttpRequest.newBuilder(URI.create(a.url() + "/screen-pop/stream"))
			.header("Cookie", "JSESSIONID=" + session).header("Accept", "text/event-stream").build(),
				HttpResponse.BodyHandlers.ofLines())
			.thenAccept(response -> response.body().forEach(lines::add));
		try {
			await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream().anyMatch(line -> line.startsWith(":")));

			var decision = b.bean(InboundRouting.class).route("test", UUID.randomUUID().toString(), client.phone().e164());
			assertThat(decision.employee()).as("the client's own manager").isEqualTo(new EmployeeId(manager.requireEmployee()));

			await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(lines).contains("event:call"));
		}
		finally {
			stream.cancel(true);
		}
	}

	@Test
	void fiftyCallersOnTwoInstancesNeverShareAProspect() throws Exception {
		int callers = 50;
		int rounds = 4;
		a.bean(Prospects.class).queue(callers * rounds);
		var people = new ArrayList<Actor>();
		for (int i = 0; i < callers; i++) {
			people.add(a.bean(Staffing.class).hire(Role.CALLER));
		}
		List<ProspectId> handedOut = Collections.synchronizedList(new ArrayList<>());
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		try {
			var start = new CountDownLatch(1);
			List<Future<?>> work = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				var caller = people.get(i);
				var queue = (i % 2 == 0 ? a : b).bean(CallQueue.class); // half the callers on each instance
				work.add(pool.submit(() -> {
					start.await();
					for (int round = 0; round < rounds; round++) {
						var card = queue.next(caller).orElseThrow();
						handedOut.add(card.id());
						queue.record(card.id(), CallReport.of(CallOutcome.NOT_INTERESTED, null), caller);
					}
					return null;
				}));
			}
			start.countDown();
			for (var future : work) {
				future.get(120, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(handedOut).hasSize(callers * rounds);
		assertThat(new HashSet<>(handedOut)).as("prospects handed out twice").hasSize(handedOut.size());
	}

	/**
	 * Hand-overs while the database cuts every connection of both instances, twice: each hand-over the caller
	 * saw acknowledged has its one lead within a minute, and nobody restarts anything.
	 */
	@Test
	void handOversAcknowledgedWhileTheDatabaseCutsConnectionsAllArriveWithoutARestart() throws Exception {
		a.bean(Staffing.class).hire(Role.CLOSER);
		int callers = 10;
		int rounds = 6;
		var companies = a.bean(Prospects.class).queue(callers * rounds);
		var people = new ArrayList<Actor>();
		for (int i = 0; i < callers; i++) {
			people.add(a.bean(Staffing.class).hire(Role.CALLER));
		}
		var acknowledged = new CopyOnWriteArrayList<UUID>(); // the companies handed over, as the callers saw it
		ExecutorService pool = Executors.newFixedThreadPool(callers + 1);
		try {
			var work = new ArrayList<Future<?>>();
			for (int i = 0; i < callers; i++) {
				var caller = people.get(i);
				var queue = (i % 2 == 0 ? a : b).bean(CallQueue.class);
				work.add(pool.submit(() -> {
					for (int round = 0; round < rounds; round++) {
						try {
							var card = queue.next(caller).orElseThrow();
							queue.record(card.id(), CallReport.of(CallOutcome.INTERESTED, "Хоче тариф"), caller);
							acknowledged.add(card.company().id().value());
						}
						catch (RuntimeException cut) {
							// the connection went away under this request: the caller saw an error, not "handed over"
						}
					}
					return null;
				}));
			}
			var cutter = pool.submit(() -> {
				for (int cut = 0; cut < 2; cut++) {
					Thread.sleep(300);
					terminateConnections();
				}
				return null;
			});
			for (var future : work) {
				future.get(120, TimeUnit.SECONDS);
			}
			cutter.get(30, TimeUnit.SECONDS);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(acknowledged).isNotEmpty();
		var jdbc = a.bean(JdbcClient.class);
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			var leads = jdbc.sql("select company_id, count(*) from conversion_lead where company_id in (:companies) group by company_id")
				.param("companies", acknowledged)
				.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2)))
				.list();
			assertThat(leads).as("one lead for each acknowledged hand-over").hasSize(acknowledged.size())
				.allSatisfy(lead -> assertThat(lead.getValue()).isEqualTo(1));
		});
		assertThat(companies).isNotEmpty();
	}

	/**
	 * An instance dies with hand-overs made and not delivered (its listener threads never get to them): the
	 * instance still running delivers them, without anybody restarting anything.
	 */
	@Test
	void handOversLeftByAnInstanceThatDiedAreDeliveredByTheOther() throws Exception {
		var settings = new HashMap<String, Object>(QUICK_RETRIES);
		settings.put("spring.modulith.default-async-termination", "false");
		settings.put("spring.task.execution.shutdown.await-termination", "false");
		settings.put("spring.lifecycle.timeout-per-shutdown-phase", "1s");
		settings.put("spring.modulith.events.republish-outstanding-events-on-restart", "false");
		a.bean(Staffing.class).hire(Role.CLOSER);
		var handedOver = new ArrayList<UUID>();
		try (var dying = a.beside(settings, HandOverSurvivesRestartIT.DyingBeforeDelivery.class)) {
			var caller = dying.bean(Staffing.class).hire(Role.CALLER);
			var queue = dying.bean(CallQueue.class);
			dying.bean(Prospects.class).queue(3);
			for (int i = 0; i < 3; i++) {
				var card = queue.next(caller).orElseThrow();
				queue.record(card.id(), CallReport.of(CallOutcome.INTERESTED, "Перед падінням"), caller);
				handedOver.add(card.company().id().value());
			}
		}
		var jdbc = a.bean(JdbcClient.class);
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> jdbc
			.sql("select count(*) from conversion_lead where company_id in (:companies)")
			.param("companies", handedOver)
			.query(Long.class)
			.single() == handedOver.size());
	}

	/** Both instances make the day's reminders at the same second: one makes each, neither fails. */
	@Test
	void twoInstancesSweepingRemindersAtOnceMakeEachOnce() throws Exception {
		var head = a.bean(Staffing.class).hire(Role.HEAD);
		var manager = a.bean(Staffing.class).hire(Role.ACCOUNT_MANAGER);
		var today = LocalDate.now(a.bean(Clock.class));
		var clients = new ArrayList<UUID>();
		for (int i = 0; i < 5; i++) {
			var company = a.bean(CompanyDirectory.class).register(new NewCompany("Ритм " + UUID.randomUUID(), "ТОВ", null,
					null, null, null, "Київ", List.of(PhoneNumber.parse("+38067" + (1_000_000 + (int) (Math.random() * 8_999_999)))),
					List.of())).companyId();
			clients.add(a.bean(ua.relay.accounts.Portfolio.class).importClient(company, new EmployeeId(manager.requireEmployee()),
					List.of(order(today.minusDays(100)), order(today.minusDays(70)), order(today.minusDays(40))), head));
		}
		var jdbc = a.bean(JdbcClient.class);
		for (int round = 0; round < 5; round++) {
			jdbc.sql("delete from accounts_task where client_id in (:clients)").param("clients", clients).update();
			var start = new CountDownLatch(1);
			var onA = CompletableFuture.supplyAsync(() -> sweep(a, start));
			var onB = CompletableFuture.supplyAsync(() -> sweep(b, start));
			start.countDown();
			assertThat(onA.get(60, TimeUnit.SECONDS) + onB.get(60, TimeUnit.SECONDS)).as("round %d", round)
				.isGreaterThanOrEqualTo(clients.size());
			assertThat(jdbc.sql("select count(*) from accounts_task where client_id in (:clients) and source = 'CADENCE'")
				.param("clients", clients).query(Long.class).single()).as("round %d: one reminder per client", round)
				.isEqualTo(clients.size());
		}

		// and two more instances started at the same moment, with those reminders due, both come up
		jdbc.sql("delete from accounts_task where client_id in (:clients)").param("clients", clients).update();
		var third = CompletableFuture.supplyAsync(() -> a.beside(QUICK_RETRIES));
		var fourth = CompletableFuture.supplyAsync(() -> a.beside(QUICK_RETRIES));
		try (var c = third.get(120, TimeUnit.SECONDS); var d = fourth.get(120, TimeUnit.SECONDS)) {
			for (var instance : List.of(c, d)) {
				var health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(instance.url() + "/actuator/health"))
					.build(), HttpResponse.BodyHandlers.ofString());
				assertThat(health.body()).contains("UP");
			}
		}
	}

	private static int sweep(FreshRelay instance, CountDownLatch start) {
		try {
			start.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return instance.bean(Cadence.class).sweep();
	}

	private static PastOrder order(LocalDate on) {
		return new PastOrder("Перевезення Київ — Львів", BigDecimal.valueOf(10_000), on);
	}

	/** The database ends every connection of both instances, as a failover or a restarted pooler does. */
	private static void terminateConnections() throws Exception {
		try (var connection = DriverManager.getConnection(TestDatabase.setting("url"), TestDatabase.setting("username"),
				TestDatabase.setting("password")); var statement = connection.createStatement()) {
			statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name like 'relay-two-%'");
		}
	}

	private static Map<String, Object> with(Map<String, Object> settings, String urlParameter, String value) {
		var all = new HashMap<String, Object>(settings);
		all.put("spring.datasource.hikari.data-source-properties[" + urlParameter + "]", value);
		return all;
	}

	/** Signs in through the form, as a browser does; the session cookie's value. */
	private static String signIn(HttpClient http, FreshRelay instance, String username) throws Exception {
		var login = http.send(HttpRequest.newBuilder(URI.create(instance.url() + "/login")).build(), HttpResponse.BodyHandlers.ofString());
		String cookie = session(login.headers().allValues("Set-Cookie"));
		var signedIn = http.send(HttpRequest.newBuilder(URI.create(instance.url() + "/login"))
			.header("Cookie", "JSESSIONID=" + cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
					+ "&password=" + URLEncoder.encode(Staffing.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
					+ csrf(login.body())))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return session(signedIn.headers().allValues("Set-Cookie"));
	}

	private static String session(List<String> cookies) {
		return cookies.stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.map(cookie -> cookie.substring("JSESSIONID=".length(), cookie.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
	}

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|content=\"([^\"]+)\"[^>]*name=\"_csrf\"|name=\"_csrf\" content=\"([^\"]+)\"");

	private static String csrf(String page) {
		var matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		for (int group = 1; group <= matcher.groupCount(); group++) {
			if (matcher.group(group) != null) {
				return URLEncoder.encode(matcher.group(group), StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError();
	}

}
