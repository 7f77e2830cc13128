package ua.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;
import org.springframework.modulith.events.IncompleteEventPublications;

import ua.relay.party.CompanyId;
import ua.relay.platform.Role;
import ua.relay.prospecting.CallOutcome;
import ua.relay.prospecting.CallQueue;
import ua.relay.prospecting.CallReport;
import ua.relay.salesorg.Responsibilities;
import ua.relay.salesorg.Tier;

/**
 * The process dies after the caller's hand-over committed and before tier 2 received it: the first
 * application's listener threads hang and are killed with it. A second application on the same
 * database delivers the hand-over on start, and the lead is in a closer's inbox.
 */
class HandOverSurvivesRestartIT {

	/** Listener threads that never get to run their listener: the process "dies" first. */
	@Configuration(proxyBeanMethods = false)
	static class DyingBeforeDelivery {

		static final CountDownLatch NEVER = new CountDownLatch(1);

		@Bean
		TaskDecorator hangingListeners() {
			return task -> () -> {
				try {
					NEVER.await();
				}
				catch (InterruptedException killed) {
					Thread.currentThread().interrupt();
				}
			};
		}

	}

	@Test
	void aHandOverInterruptedByACrashIsDeliveredAfterTheRestart() {
		var database = new HashMap<String, Object>(TestDatabase.properties());
		database.put("relay.demo.enabled", "false");
		database.put("server.port", "0");
		database.put("spring.modulith.default-async-termination", "false");
		database.put("spring.task.execution.shutdown.await-termination", "false");
		database.put("spring.lifecycle.timeout-per-shutdown-phase", "1s"); // a crash waits for nobody

		CompanyId company;
		try (var dying = start(database, DyingBeforeDelivery.class)) {
			var staffing = dying.getBean(Staffing.class);
			staffing.hire(Role.CLOSER);
			var caller = staffing.hire(Role.CALLER);
			dying.getBean(Prospects.class).queueOne();
			var queue = dying.getBean(CallQueue.class);
			var card = queue.next(caller).orElseThrow();
			company = card.company().id();
			queue.record(card.id(), CallReport.of(CallOutcome.INTERESTED, "Хоче рахунок до п'ятниці"), caller);

			assertThat(dying.getBean(IncompleteEventPublications.class)).isNotNull();
			assertThat(dying.getBean(Responsibilities.class).responsible(company, Tier.LC))
				.as("tier 2 has not received the hand-over before the crash")
				.isEmpty();
		}

		try (var restarted = start(database)) {
			var responsibilities = restarted.getBean(Responsibilities.class);
			var closer = await().atMost(Duration.ofSeconds(30))
				.until(() -> responsibilities.responsible(company, Tier.LC), Optional::isPresent)
				.get();
			var leads = restarted.getBean(ua.relay.conversion.ConversionQueries.class)
				.newLeads(Staffing.as(closer, Role.CLOSER));
			assertThat(leads).anySatisfy(lead -> {
				assertThat(lead.company().id()).isEqualTo(company);
				assertThat(lead.callerNote()).isEqualTo("Хоче рахунок до п'ятниці");
			});
		}
	}

	private static ConfigurableApplicationContext start(java.util.Map<String, Object> properties,
			Class<?>... extra) {
		var sources = new Class<?>[extra.length + 1];
		sources[0] = RelayApplication.class;
		System.arraycopy(extra, 0, sources, 1, extra.length);
		// as command-line arguments, so they win over application.properties like a real start's would
		String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(sources).run(args);
	}

}
