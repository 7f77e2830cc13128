package ua.relay.conversion;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import ua.relay.party.CompanyCard;
import ua.relay.salesorg.EmployeeId;

/**
 * A deal as lists, the board and its page show it: the stage's code (its name comes from the pipeline's
 * set-up), amount, expected close and odds, how it ended, and its version for the edit forms; who in tier 1
 * found it and the meeting they booked for it, if any.
 */
public record DealView(DealId id, LeadId leadId, CompanyCard company, String closer, EmployeeId closerId, String stage,
		BigDecimal amount, Instant openedAt, Instant closedAt, String callerNote, LocalDate expectedClose, int probability,
		Instant stageChangedAt, String lostReason, LocalDate recontactOn, int version, String caller,
		Instant meetingStart, Instant meetingEnd) {

	public boolean open() {
		return closedAt == null;
	}

	/** The amount weighted by the odds, for the pipeline's forecast. */
	public BigDecimal weighted() {
		return amount == null ? BigDecimal.ZERO
				: amount.multiply(BigDecimal.valueOf(probability)).divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
	}

}
