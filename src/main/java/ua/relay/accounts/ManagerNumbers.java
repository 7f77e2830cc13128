package ua.relay.accounts;

import java.math.BigDecimal;

import ua.relay.salesorg.EmployeeId;

/**
 * An account manager's figures for a period: repeat revenue (orders after the first sale, and those of
 * clients brought from before Relay), retention (of the clients they had when the period began, the share
 * who bought in it), reminders acted on in time (by the day after they fell due) out of those due, and
 * invoices issued and paid.
 */
public record ManagerNumbers(EmployeeId managerId, String manager, int clients, BigDecimal repeatRevenue,
		int clientsAtStart, int retained, int remindersDue, int remindersInTime, int invoicesIssued, int invoicesPaid) {

	public Double retentionPercent() {
		return clientsAtStart == 0 ? null : 100.0 * retained / clientsAtStart;
	}

	public Double remindersInTimePercent() {
		return remindersDue == 0 ? null : 100.0 * remindersInTime / remindersDue;
	}

}
