package ua.relay.accounts.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An invoice's sums from the amounts its client pays (gross): with VAT at 20 % each line's price
 * without VAT is the gross ÷ 1.2 to the kopeck, the VAT is what is left of the total; without VAT
 * ("без ПДВ") the gross is the net. The total is always exactly the sum of the gross amounts.
 */
public record InvoiceTotals(List<BigDecimal> lineNets, BigDecimal net, BigDecimal vat, BigDecimal total, int vatRate) {

	private static final BigDecimal WITH_VAT = new BigDecimal("1.20");

	public static InvoiceTotals of(List<BigDecimal> grossAmounts, boolean vatPayer) {
		if (grossAmounts.isEmpty() || grossAmounts.stream().anyMatch(a -> a.signum() <= 0)) {
			throw new IllegalArgumentException("An invoice has lines, each for a positive amount");
		}
		var total = grossAmounts.stream().map(a -> a.setScale(2, RoundingMode.HALF_UP)).reduce(BigDecimal.ZERO, BigDecimal::add);
		var nets = grossAmounts.stream()
			.map(a -> vatPayer ? a.divide(WITH_VAT, 2, RoundingMode.HALF_UP) : a.setScale(2, RoundingMode.HALF_UP))
			.toList();
		var net = nets.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return new InvoiceTotals(nets, net, total.subtract(net), total, vatPayer ? 20 : 0);
	}

}
