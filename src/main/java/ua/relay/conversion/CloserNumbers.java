package ua.relay.conversion;

import java.math.BigDecimal;

import ua.relay.salesorg.EmployeeId;

/**
 * A closer's figures for a period: of the leads received in it, how many were accepted, rejected, touched
 * late and how fast they were first touched; of the deals won in it, how many, for how much, and how long
 * they took from acceptance. Conversion: first sales ÷ leads accepted, in per cent.
 */
public record CloserNumbers(EmployeeId closerId, String closer, int received, int accepted, int rejected,
		int lateFirstTouches, Double hoursToFirstTouch, int firstSales, BigDecimal firstSaleRevenue, Double cycleDays) {

	public Double conversionPercent() {
		return accepted == 0 ? null : 100.0 * firstSales / accepted;
	}

}
