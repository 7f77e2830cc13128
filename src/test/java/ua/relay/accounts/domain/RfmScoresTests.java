package ua.relay.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RfmScoresTests {

	@Test
	void scoresAreQuintilesOfThePortfolioWithTheBestFifthAtFive() {
		var portfolio = new ArrayList<RfmScores.Figures>();
		for (int i = 0; i < 10; i++) {
			// client i: bought i*10 days ago, 10-i times, for (10-i)*1000
			portfolio.add(new RfmScores.Figures(new UUID(0, i), i * 10L, 10 - i, BigDecimal.valueOf((10 - i) * 1000L)));
		}
		var scores = RfmScores.of(portfolio);
		var best = scores.get(new UUID(0, 0));
		var worst = scores.get(new UUID(0, 9));
		assertThat(best.recency()).isEqualTo(5);
		assertThat(best.frequency()).isEqualTo(5);
		assertThat(best.monetary()).isEqualTo(5);
		assertThat(best.segment()).isEqualTo(RfmSegment.CHAMPIONS);
		assertThat(worst.recency()).isEqualTo(1);
		assertThat(worst.segment()).isEqualTo(RfmSegment.LOST);
		assertThat(scores.values()).extracting(RfmScores.Score::recency).containsOnly(1, 2, 3, 4, 5);
	}

	@Test
	void equalFiguresShareTheScoreOfTheirMiddlePlace() {
		var portfolio = new ArrayList<RfmScores.Figures>();
		for (int i = 0; i < 6; i++) {
			portfolio.add(new RfmScores.Figures(new UUID(0, i), 30, 4, BigDecimal.TEN));
		}
		assertThat(RfmScores.of(portfolio).values()).extracting(RfmScores.Score::recency).containsOnly(3);
	}

	@Test
	void theSegmentsFollowRecencyAndFrequency() {
		assertThat(RfmSegment.of(5, 5)).isEqualTo(RfmSegment.CHAMPIONS);
		assertThat(RfmSegment.of(3, 5)).isEqualTo(RfmSegment.LOYAL);
		assertThat(RfmSegment.of(5, 1)).isEqualTo(RfmSegment.NEW_CUSTOMERS);
		assertThat(RfmSegment.of(2, 4)).isEqualTo(RfmSegment.AT_RISK);
		assertThat(RfmSegment.of(1, 5)).isEqualTo(RfmSegment.CANNOT_LOSE_THEM);
		assertThat(RfmSegment.of(2, 1)).isEqualTo(RfmSegment.HIBERNATING);
		assertThat(RfmSegment.of(1, 2)).isEqualTo(RfmSegment.LOST);
	}

}
