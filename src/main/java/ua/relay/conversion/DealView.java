package ua.relay.conversion;

import java.math.BigDecimal;
import java.time.Instant;

import ua.relay.party.CompanyCard;
import ua.relay.salesorg.EmployeeId;

public record DealView(DealId id, LeadId leadId, CompanyCard company, String closer, EmployeeId closerId, String stage, BigDecimal amount,
		Instant openedAt, Instant closedAt, String callerNote) {

	public boolean open() {
		return !"WON".equals(stage) && !"LOST".equals(stage);
	}

}
