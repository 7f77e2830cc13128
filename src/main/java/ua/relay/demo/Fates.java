package ua.relay.demo;

import java.util.Random;

/**
 * The demo's chance, the same for the same seed: each company, lead or client draws from its own sequence,
 * named by what it is and which time it is asked, so that what befalls it does not depend on the order in
 * which the demo happens to meet it (nor on the identifiers the database gives).
 */
final class Fates {

	private final long seed;

	Fates(long seed) {
		this.seed = seed;
	}

	/** The sequence for {@code what} (a company's name, say) on its {@code turn}-th occasion. */
	Random of(String what, int turn) {
		return new Random(mix(seed ^ mix(what.hashCode() * 0x9E3779B97F4A7C15L + turn)));
	}

	/** SplitMix64's finaliser: near seeds give unrelated sequences. */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
