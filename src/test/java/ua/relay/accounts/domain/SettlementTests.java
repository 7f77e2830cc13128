package ua.relay.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import ua.relay.platform.DomainException;

class SettlementTests {

	private final Settlement hundred = new Settlement(new BigDecimal("100.00"), BigDecimal.ZERO);

	@Test
	void paymentsInPartsSettleTheInvoiceOnceTheyCoverItsTotal() {
		var half = hundred.receive(new BigDecimal("40.00"), false);
		assertThat(half.settled()).isFalse();
		assertThat(half.due()).isEqualByComparingTo("60.00");
		assertThat(half.receive(new BigDecimal("60.00"), false).settled()).isTrue();
	}

	@Test
	void aPaymentAboveWhatIsDueIsRefusedAndSaysWhatIsDue() {
		assertThatThrownBy(() -> hundred.receive(new BigDecimal("1000000"), false))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.code()).isEqualTo("payment.amount-above-due");
				assertThat(ex.args()).containsExactly(new BigDecimal("1000000"), new BigDecimal("100.00"));
			});
	}

	@Test
	void anOverpaymentConfirmedSettlesTheInvoiceAndShowsWhatWasPaidAbove() {
		var paid = hundred.receive(new BigDecimal("130.00"), true);
		assertThat(paid.settled()).isTrue();
		assertThat(paid.overpaid()).isEqualByComparingTo("30.00");
		assertThatThrownBy(() -> paid.receive(BigDecimal.ONE, true)).hasMessageContaining("paid already");
	}

	@Test
	void aCancelledPaymentLeavesTheInvoiceOwingWhatItNoLongerCovers() {
		var paid = hundred.receive(new BigDecimal("100.00"), false);
		var cancelled = paid.cancel(new BigDecimal("100.00"));
		assertThat(cancelled.settled()).isFalse();
		assertThat(cancelled.due()).isEqualByComparingTo("100.00");
	}

	@Test
	void nothingOrLessIsNoPayment() {
		assertThatThrownBy(() -> hundred.receive(BigDecimal.ZERO, false)).hasMessageContaining("positive");
		assertThatThrownBy(() -> hundred.receive(new BigDecimal("-5"), true)).hasMessageContaining("positive");
	}

}
