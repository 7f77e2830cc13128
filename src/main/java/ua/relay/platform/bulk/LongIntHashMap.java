package ua.relay.platform.bulk;

import java.util.Arrays;

/**
 * {@code long → int} without boxing, for the millions of keys an import remembers (a {@code HashMap}
 * would spend about 80 bytes on each entry; this spends 12 to 24). Open addressing, linear probing;
 * {@link Long#MIN_VALUE} cannot be a key.
 */
public final class LongIntHashMap {

	private static final long FREE = Long.MIN_VALUE;

	private long[] keys;

	private int[] values;

	private int size;

	public LongIntHashMap(int expected) {
		int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
		keys = new long[capacity];
		values = new int[capacity];
		Arrays.fill(keys, FREE);
	}

	/** The value kept for the key, or {@code missing}. */
	public int get(long key, int missing) {
		int slot = slot(keys, key);
		return keys[slot] == key ? values[slot] : missing;
	}

	public boolean containsKey(long key) {
		return keys[slot(keys, key)] == key;
	}

	/** Keeps the value unless the key has one already; returns the value now kept. */
	public int putIfAbsent(long key, int value) {
		if (key == FREE) {
			throw new IllegalArgumentException("Long.MIN_VALUE cannot be a key");
		}
		int slot = slot(keys, key);
		if (keys[slot] == key) {
			return values[slot];
		}
		keys[slot] = key;
		values[slot] = value;
		if (++size * 2 > keys.length) {
			grow();
		}
		return value;
	}

	public int size() {
		return size;
	}

	private void grow() {
		long[] oldKeys = keys;
		int[] oldValues = values;
		keys = new long[oldKeys.length * 2];
		values = new int[oldKeys.length * 2];
		Arrays.fill(keys, FREE);
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != FREE) {
				int slot = slot(keys, oldKeys[i]);
				keys[slot] = oldKeys[i];
				values[slot] = oldValues[i];
			}
		}
	}

	private static int slot(long[] keys, long key) {
		int mask = keys.length - 1;
		int slot = (int) mix(key) & mask;
		while (keys[slot] != FREE && keys[slot] != key) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	/** Spreads close keys (consecutive phone numbers) over the table. */
	private static long mix(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return h ^ (h >>> 32);
	}

	/** A 64-bit fingerprint of a text (FNV-1a, then mixed): two different names share one with odds of 1 in 10¹⁹. */
	public static long fingerprint(CharSequence text) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < text.length(); i++) {
			h ^= text.charAt(i);
			h *= 0x100000001b3L;
		}
		h ^= h >>> 33;
		h *= 0xff51afd7ed558ccdL;
		h ^= h >>> 33;
		return h == FREE ? 0 : h;
	}

}
