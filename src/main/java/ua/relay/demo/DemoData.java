package ua.relay.demo;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import ua.relay.platform.Notifications;
import ua.relay.platform.OwnCompany;
import ua.relay.platform.UserManagement;

/**
 * Fills an empty database with the demo company and its months of history, made through the same services
 * the pages use, so the demo shows only what Relay itself can produce (see {@link DemoHistory}).
 */
@Component
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	/** The demo's chance: the same seed, the same history. */
	private static final long SEED = 20261126L;

	private final UserManagement users;

	private final OwnCompany company;

	private final DemoHistory history;

	private final DemoProperties properties;

	private final boolean embeddedDatabase;

	private DemoRun made;

	private final Notifications notifications;

	private final java.time.Clock clock;

	DemoData(UserManagement users, OwnCompany company, DemoHistory history, DemoProperties properties,
			Notifications notifications, java.time.Clock clock, @Value("${spring.datasource.url:}") String datasourceUrl) {
		this.notifications = notifications;
		this.clock = clock;
		this.users = users;
		this.company = company;
		this.history = history;
		this.properties = properties;
		this.embeddedDatabase = datasourceUrl.startsWith("jdbc:h2:");
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.enabledFor(embeddedDatabase)) {
			return;
		}
		if (users.anyUserExists()) {
			log.info("Demo data: the database has users already, nothing added");
			printLogins();
			return;
		}
		long started = System.nanoTime();
		made = history.make(SEED);
		// what the months of history told everyone was read long ago; the last day's news is still new
		notifications.readBefore(clock.instant().minus(Duration.ofDays(1)));
		if (!company.recorded()) {
			company.record(company.defaults()); // the demo's cargo company on its documents
		}
		log.info("Demo data: {} months from {}: {} in {} steps ({} failed), in {} ms", properties.months(),
				made.first(), made.tally(), made.timeline().played(), made.timeline().failed(),
				Duration.ofNanos(System.nanoTime() - started).toMillis());
		printLogins();
	}

	/** The history this start made, if it made one. */
	Optional<DemoRun> made() {
		return Optional.ofNullable(made);
	}

	private void printLogins() {
		log.info("""

				  Relay demo logins (password for all: {}):
				    {}
				""", DemoStaff.PASSWORD, String.join(", ", DemoTeam.LOGINS));
	}

}
