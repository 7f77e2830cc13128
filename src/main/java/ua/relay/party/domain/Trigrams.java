package ua.relay.party.domain;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * How much of a search's words a text holds, counted in trigrams as PostgreSQL's {@code pg_trgm} counts
 * them (each word padded with two spaces before and one after): "зерно трейт" is 0.77 of
 * "зерно трейд|київ", so a misspelt or hyphenated name still finds its company. PostgreSQL answers
 * this from an index; elsewhere Relay scores the names itself with this.
 */
public final class Trigrams {

	/** The share of the query's trigrams a name must hold to be found: {@code pg_trgm}'s default for words. */
	public static final double THRESHOLD = 0.6;

	private Trigrams() {
	}

	/** The share of the query's trigrams that the text holds, from 0 to 1. */
	public static double wordSimilarity(String query, String text) {
		return similarityTo(query).applyAsDouble(text);
	}

	/** {@link #wordSimilarity} of one query against many texts: the query's trigrams are read once. */
	public static ToDoubleFunction<String> similarityTo(String query) {
		Set<String> wanted = of(query);
		return text -> {
			if (wanted.isEmpty() || text == null) {
				return 0;
			}
			Set<String> held = of(text);
			long found = wanted.stream().filter(held::contains).count();
			return (double) found / wanted.size();
		};
	}

	static Set<String> of(String text) {
		var trigrams = new HashSet<String>();
		if (text == null) {
			return trigrams;
		}
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
			if (word.isEmpty()) {
				continue;
			}
			String padded = "  " + word + " ";
			for (int i = 0; i + 3 <= padded.length(); i++) {
				trigrams.add(padded.substring(i, i + 3));
			}
		}
		return trigrams;
	}

}
