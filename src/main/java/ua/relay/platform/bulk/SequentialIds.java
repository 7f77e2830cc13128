package ua.relay.platform.bulk;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Identifiers for the rows of one bulk load, in increasing order: a UUID version 7 (RFC 9562) whose
 * time is the load's, followed by a counter from a random start. Random UUIDs land all over a B-tree
 * and touch a different page for each row; these append at its right edge, which makes a million-row
 * load several times faster. Two loads in the same millisecond differ in 74 random bits.
 */
public final class SequentialIds implements Supplier<UUID> {

	private static final SecureRandom SEEDS = new SecureRandom();

	private final long mostSignificant;

	private long next;

	public SequentialIds(Instant time) {
		long randomA = SEEDS.nextLong() & 0x0FFFL;
		this.mostSignificant = time.toEpochMilli() << 16 | 0x7000L | randomA;
		this.next = SEEDS.nextLong() & 0x0FFF_FFFF_FFFF_FFFFL; // leaves room for 2⁶⁰ ids before the variant bits
	}

	@Override
	public UUID get() {
		return new UUID(mostSignificant, 0x8000_0000_0000_0000L | next++);
	}

}
