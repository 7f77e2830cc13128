package ua.relay.accounts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import ua.relay.party.CompanyCard;
import ua.relay.salesorg.EmployeeId;

/** A client as the account manager's list shows it; {@code invoicesToIssue}: orders waiting for their invoice. */
public record ClientView(UUID id, CompanyCard company, String accountManager, EmployeeId accountManagerId,
		String assignedReason, BigDecimal firstSaleAmount, Instant clientSince, int invoicesToIssue) {
}
