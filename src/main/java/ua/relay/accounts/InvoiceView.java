package ua.relay.accounts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An invoice for payment as issued, with what has been paid and whether it is overdue. */
public record InvoiceView(UUID id, UUID clientId, String number, LocalDate issuedOn, LocalDate dueOn, int vatRate,
		BigDecimal net, BigDecimal vat, BigDecimal total, BigDecimal paid, String status, String buyerName,
		String buyerEdrpou, String buyerAddress, String buyerIban, String supplier, String issuedBy, List<Line> lines, boolean overdue,
		List<PaymentView> payments) {

	public record Line(int position, String description, BigDecimal quantity, String unit, BigDecimal netPrice,
			BigDecimal netAmount) {
	}

	public BigDecimal due() {
		return total.subtract(paid).max(BigDecimal.ZERO);
	}

	/** What the client paid above the total (recorded only with the manager's confirmation). */
	public BigDecimal overpaid() {
		return paid.subtract(total).max(BigDecimal.ZERO);
	}

	/** An invoice's number as it is printed: its series, year and number (СФ-2026-00012). */
	public static String number(String series, int year, int seq) {
		return "%s-%d-%05d".formatted(series, year, seq);
	}

}
