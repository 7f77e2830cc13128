package ua.relay.conversion;

import java.time.Instant;
import java.util.Objects;

import ua.relay.party.CompanyId;
import ua.relay.salesorg.EmployeeId;
import ua.relay.shared.Money;

/** A closer won a deal: the company has bought for the first time and becomes a client. */
public record FirstSaleClosed(DealId dealId, CompanyId companyId, EmployeeId closer, Money amount, Instant closedAt) {

	public FirstSaleClosed {
		Objects.requireNonNull(dealId, "dealId");
		Objects.requireNonNull(companyId, "companyId");
		Objects.requireNonNull(closer, "closer");
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(closedAt, "closedAt");
	}

}
