package ua.relay.platform.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Loads spooled rows into their table inside the caller's transaction: with PostgreSQL's {@code COPY}
 * where the database is PostgreSQL (several times faster than inserts), with JDBC batches elsewhere
 * (H2). Either way the rows are part of the transaction and vanish with it if it rolls back.
 */
@Component
public class BulkLoader {

	private static final Logger log = LoggerFactory.getLogger(BulkLoader.class);

	private static final int BATCH = 2_000;

	private static final int COPY_BUFFER = 1 << 16;

	private final DataSource dataSource;

	static final int PROGRESS_EVERY = 20_000;

	private final SQLExceptionTranslator translator;

	BulkLoader(DataSource dataSource) {
		this.dataSource = dataSource;
		this.translator = new SQLErrorCodeSQLExceptionTranslator(dataSource);
	}

	/** An empty spool for this table's columns; close it when done. */
	public BulkRows spool(String table, String... columns) {
		return new BulkRows(table, List.of(columns));
	}

	/** Writes the spooled rows into their table, in the current transaction; returns how many. */
	public long load(BulkRows rows) {
		return load(rows, written -> {
		});
	}

	/**
	 * As {@link #load(BulkRows)}, telling {@code progress} how many of the rows are written every
	 * {@value #PROGRESS_EVERY} rows (a large load takes a while, and people watch it).
	 */
	public long load(BulkRows rows, LongConsumer progress) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("A bulk load belongs in a transaction");
		}
		if (rows.rows() == 0) {
			return 0;
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		long started = System.nanoTime();
		try {
			if (connection.isWrapperFor(PGConnection.class)) {
				copy(connection.unwrap(PGConnection.class), rows, progress);
			}
			else {
				insert(connection, rows, progress);
			}
			log.debug("{} rows into {} in {} ms", rows.rows(), rows.table(), (System.nanoTime() - started) / 1_000_000);
			return rows.rows();
		}
		catch (SQLException ex) {
			throw translator.translate("bulk load of " + rows.table(), null, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static void copy(PGConnection connection, BulkRows rows, LongConsumer progress) throws SQLException, IOException {
		String sql = "copy " + rows.table() + " (" + String.join(", ", rows.columns()) + ") from stdin with (format csv)";
		CopyIn copy = connection.getCopyAPI().copyIn(sql);
		try {
			var line = new StringBuilder(COPY_BUFFER + 4_096);
			var times = new TimeText();
			rows.forEach(counted(progress, values -> {
				for (int i = 0; i < values.length; i++) {
					if (i > 0) {
						line.append(',');
					}
					csv(line, values[i], times);
				}
				line.append('\n');
				if (line.length() >= COPY_BUFFER) {
					send(copy, line);
				}
			}));
			send(copy, line);
			copy.endCopy();
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}

	private static BulkRows.RowConsumer counted(LongConsumer progress, BulkRows.RowConsumer consumer) {
		long[] done = { 0 };
		return values -> {
			consumer.accept(values);
			if (++done[0] % PROGRESS_EVERY == 0) {
				progress.accept(done[0]);
			}
		};
	}

	private static void send(CopyIn copy, StringBuilder text) throws IOException {
		try {
			byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
			copy.writeToCopy(bytes, 0, bytes.length);
			text.setLength(0);
		}
		catch (SQLException ex) {
			throw new IOException(ex);
		}
	}

	/** CSV as COPY reads it: an empty unquoted field is null, text is always quoted (so "" stays ""). */
	/** The rows of a load mostly share one time: it is written out once. */
	private static final class TimeText {

		private Instant last;

		private String text;

		String of(Instant instant) {
			if (!instant.equals(last)) {
				last = instant;
				text = instant.atOffset(ZoneOffset.UTC).toString();
			}
			return text;
		}

	}

	private static void csv(StringBuilder line, Object value, TimeText times) {
		if (value == null) {
			return;
		}
		if (value instanceof String text) {
			line.append('"');
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '"') {
					line.append('"');
				}
				line.append(c);
			}
			line.append('"');
		}
		else if (value instanceof Instant instant) {
			line.append(times.of(instant));
		}
		else {
			line.append(value);
		}
	}

	private static void insert(Connection connection, BulkRows rows, LongConsumer progress) throws SQLException, IOException {
		String marks = String.join(", ", java.util.Collections.nCopies(rows.columns().size(), "?"));
		String sql = "insert into " + rows.table() + " (" + String.join(", ", rows.columns()) + ") values (" + marks + ")";
		try (PreparedStatement insert = connection.prepareStatement(sql)) {
			int[] pending = { 0 };
			rows.forEach(counted(progress, values -> {
				try {
					for (int i = 0; i < values.length; i++) {
						insert.setObject(i + 1, jdbcValue(values[i]));
					}
					insert.addBatch();
					if (++pending[0] == BATCH) {
						insert.executeBatch();
						pending[0] = 0;
					}
				}
				catch (SQLException ex) {
					throw new IOException(ex);
				}
			}));
			if (pending[0] > 0) {
				insert.executeBatch();
			}
		}
		catch (IOException ex) {
			if (ex.getCause() instanceof SQLException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private static Object jdbcValue(Object value) {
		return value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
	}

}
