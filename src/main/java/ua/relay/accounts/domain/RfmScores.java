package ua.relay.accounts.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Recency, frequency and monetary scores from 1 to 5 by quintiles of the whole portfolio (5: the best
 * fifth; equal values score the same), and the segment they put each client in.
 */
public final class RfmScores {

	/** A client's figures over the last year: days since its last purchase, how many purchases, for how much. */
	public record Figures(UUID client, long recencyDays, int frequency, BigDecimal monetary) {
	}

	public record Score(UUID client, int recency, int frequency, int monetary, RfmSegment segment) {
	}

	private RfmScores() {
	}

	public static Map<UUID, Score> of(List<Figures> portfolio) {
		var r = quintiles(portfolio, Comparator.comparingLong(Figures::recencyDays).reversed(), Figures::recencyDays);
		var f = quintiles(portfolio, Comparator.comparingInt(Figures::frequency), Figures::frequency);
		var m = quintiles(portfolio, Comparator.comparing(Figures::monetary), Figures::monetary);
		var scores = new HashMap<UUID, Score>();
		for (var client : portfolio) {
			int recency = r.get(client.client());
			int frequency = f.get(client.client());
			scores.put(client.client(), new Score(client.client(), recency, frequency, m.get(client.client()),
					RfmSegment.of(recency, frequency)));
		}
		return scores;
	}

	/**
	 * 1 for the worst fifth … 5 for the best, in the order given (worst first). Equal values share the score
	 * of their middle place, so a portfolio where most clients buy alike puts them in the middle, not at 1.
	 */
	private static Map<UUID, Integer> quintiles(List<Figures> portfolio, Comparator<Figures> worstFirst,
			Function<Figures, Object> value) {
		var sorted = portfolio.stream().sorted(worstFirst).toList();
		var scores = new HashMap<UUID, Integer>();
		int n = sorted.size();
		int start = 0;
		while (start < n) {
			int end = start + 1;
			while (end < n && value.apply(sorted.get(end)).equals(value.apply(sorted.get(start)))) {
				end++;
			}
			double middle = (start + end - 1) / 2.0;
			int score = 1 + (int) Math.floor(5.0 * middle / n);
			for (int i = start; i < end; i++) {
				scores.put(sorted.get(i).client(), score);
			}
			start = end;
		}
		return scores;
	}

}
