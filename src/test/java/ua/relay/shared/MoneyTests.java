package ua.relay.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MoneyTests {

	@Test
	void keepsKopiykasAndAddsExactly() {
		assertThat(Money.uah("0.10").plus(Money.uah("0.20"))).isEqualTo(Money.uah("0.30"));
		assertThat(Money.uah("10.005").amount()).isEqualByComparingTo("10.00");
	}

	@Test
	void knowsPositiveAmounts() {
		assertThat(Money.uah(1).isPositive()).isTrue();
		assertThat(Money.ZERO.isPositive()).isFalse();
	}

}
