package ua.relay.platform.bulk;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Rows for one table, spooled to a temporary file as they are produced and loaded in one go when the
 * producer is done ({@link BulkLoader#load}). Memory stays flat however many rows there are, and a
 * producer may read the database while it spools (a PostgreSQL {@code COPY} would hold the connection).
 * Values are typed in the file, so nothing is parsed back from text.
 */
public final class BulkRows implements AutoCloseable {

	private static final byte NULL = 0;

	private static final byte TEXT = 1;

	private static final byte ID = 2;

	private static final byte NUMBER = 3;

	private static final byte TIME = 4;

	private final String table;

	private final List<String> columns;

	private final Path file;

	private DataOutputStream out;

	private long rows;

	BulkRows(String table, List<String> columns) {
		this.table = table;
		this.columns = List.copyOf(columns);
		try {
			this.file = Files.createTempFile("relay-bulk-" + table + "-", ".rows");
			this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One row, its values in the order of the columns: text, UUID, a whole number, an instant or null. */
	public void add(Object... values) {
		if (values.length != columns.size()) {
			throw new IllegalArgumentException(table + " has " + columns.size() + " columns, not " + values.length);
		}
		try {
			for (Object value : values) {
				write(value);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		rows++;
	}

	public long rows() {
		return rows;
	}

	String table() {
		return table;
	}

	List<String> columns() {
		return columns;
	}

	/** Reads the rows back in order, once the producer is done. */
	void forEach(RowConsumer consumer) throws IOException {
		out.close();
		var values = new Object[columns.size()];
		try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
			for (long row = 0; row < rows; row++) {
				for (int i = 0; i < values.length; i++) {
					values[i] = read(in);
				}
				consumer.accept(values);
			}
		}
		catch (EOFException ex) {
			throw new IllegalStateException("The spool of " + table + " ended early", ex);
		}
	}

	@FunctionalInterface
	interface RowConsumer {

		void accept(Object[] values) throws IOException;

	}

	private void write(Object value) throws IOException {
		if (value == null) {
			out.writeByte(NULL);
		}
		else if (value instanceof String text) {
			out.writeByte(TEXT);
			out.writeUTF(text);
		}
		else if (value instanceof UUID id) {
			out.writeByte(ID);
			out.writeLong(id.getMostSignificantBits());
			out.writeLong(id.getLeastSignificantBits());
		}
		else if (value instanceof Integer || value instanceof Long) {
			out.writeByte(NUMBER);
			out.writeLong(((Number) value).longValue());
		}
		else if (value instanceof Instant instant) {
			out.writeByte(TIME);
			out.writeLong(instant.getEpochSecond());
			out.writeInt(instant.getNano() / 1_000 * 1_000); // both databases keep microseconds
		}
		else {
			throw new IllegalArgumentException("Cannot spool a " + value.getClass().getName());
		}
	}

	private static Object read(DataInputStream in) throws IOException {
		byte type = in.readByte();
		switch (type) {
			case NULL:
				return null;
			case TEXT:
				return in.readUTF();
			case ID:
				return new UUID(in.readLong(), in.readLong());
			case NUMBER:
				return in.readLong();
			case TIME:
				return Instant.ofEpochSecond(in.readLong(), in.readInt());
			default:
				throw new IllegalStateException("Unknown value type " + type + " in a spool");
		}
	}

	@Override
	public void close() {
		try {
			out.close();
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
