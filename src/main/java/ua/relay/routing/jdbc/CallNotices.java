package ua.relay.routing.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.BiConsumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ua.relay.platform.Database;
import ua.relay.salesorg.EmployeeId;

/**
 * Calls routed to an employee, told to every instance on PostgreSQL: the routing transaction sends a
 * {@code NOTIFY} on the channel {@value #CHANNEL}, which PostgreSQL delivers when (and only if) it commits,
 * to each instance listening on it, this one included; each passes it on to the employee's pages open
 * there. No broker besides the database. The listening connection is one of the pool's, held for as long as
 * Relay runs and opened again after the database went away (a call routed in that moment pops on the pages
 * opened next, which ask for the calls just routed to them).
 * <p>
 * The embedded H2 has no {@code NOTIFY}; it serves one instance, which tells its own pages itself.
 */
@Component
public class CallNotices implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CallNotices.class);

	static final String CHANNEL = "relay_screen_pop";

	private static final int WAIT_MILLIS = 5_000;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final boolean postgres;

	private volatile BiConsumer<EmployeeId, UUID> handler = (employee, call) -> {
	};

	private volatile Thread listener;

	private volatile boolean running;

	CallNotices(DataSource dataSource, JdbcClient jdbc, Database database) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.postgres = database.postgres();
	}

	/** Whether routed calls reach the other instances through the database (PostgreSQL). */
	public boolean crossInstances() {
		return postgres;
	}

	/** Tells every instance, once the current transaction commits, that the call was routed to the employee. */
	public void announce(EmployeeId employee, UUID call) {
		jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, employee.value() + " " + call).query((rs, n) -> 1).list();
	}

	/** Whom this instance tells of each call announced on any instance. */
	public void onEach(BiConsumer<EmployeeId, UUID> handler) {
		this.handler = handler;
	}

	@Override
	public void start() {
		running = postgres;
		if (running) {
			listener = new Thread(this::listen, "screen-pop-listener");
			listener.setDaemon(true);
			listener.start();
		}
	}

	@Override
	public void stop() {
		running = false;
		var thread = listener;
		if (thread != null) {
			thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void listen() {
		while (running) {
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(true);
				try (var statement = connection.createStatement()) {
					statement.execute("listen " + CHANNEL);
				}
				var pg = connection.unwrap(PGConnection.class);
				log.info("Screen pops: listening to the calls routed on every instance");
				while (running) {
					var notifications = pg.getNotifications(WAIT_MILLIS);
					if (notifications == null) {
						continue;
					}
					for (var notification : notifications) {
						tell(notification.getParameter());
					}
				}
			}
			catch (SQLException ex) {
				if (running) {
					log.warn("Screen pops: listening stopped ({}), listening again in a second", ex.toString());
					pause();
				}
			}
		}
	}

	private void tell(String payload) {
		try {
			var parts = payload.split(" ", 2);
			handler.accept(new EmployeeId(UUID.fromString(parts[0])), UUID.fromString(parts[1]));
		}
		catch (RuntimeException ex) {
			log.warn("Screen pops: a notice not passed on ({}): {}", payload, ex.toString());
		}
	}

	private void pause() {
		try {
			Thread.sleep(1_000);
		}
		catch (InterruptedException stopping) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}

}
