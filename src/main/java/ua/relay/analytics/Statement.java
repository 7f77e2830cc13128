package ua.relay.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import ua.relay.salesorg.EmployeeId;

/** An employee's commission for a month: every item it counts, and their sum. */
public record Statement(EmployeeId employee, String employeeName, YearMonth month, List<StatementItem> items) {

	public Statement {
		items = List.copyOf(items);
	}

	public BigDecimal total() {
		return items.stream().map(StatementItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
