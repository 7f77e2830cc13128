package ua.relay.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ListPageTests {

	private final List<Integer> hundredAndOne = IntStream.rangeClosed(1, 101).boxed().toList();

	@Test
	void aPageHoldsItsShareOfTheListAndKnowsItsNeighbours() {
		var second = ListPage.of(hundredAndOne, 2, 50);
		assertThat(second.items()).startsWith(51).endsWith(100).hasSize(50);
		assertThat(second.pages()).isEqualTo(3);
		assertThat(second.hasPrevious()).isTrue();
		assertThat(second.hasNext()).isTrue();
		assertThat(ListPage.of(hundredAndOne, 3, 50).items()).containsExactly(101);
	}

	@Test
	void aPagePastEitherEndIsTheNearestOneThere() {
		assertThat(ListPage.of(hundredAndOne, 99, 50).page()).isEqualTo(3);
		assertThat(ListPage.of(hundredAndOne, -4, 50).page()).isEqualTo(1);
		var none = ListPage.of(List.of(), 1, 50);
		assertThat(none.isEmpty()).isTrue();
		assertThat(none.pages()).isEqualTo(1);
		assertThat(none.hasNext()).isFalse();
	}

}
