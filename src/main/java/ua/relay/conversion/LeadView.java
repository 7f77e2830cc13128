package ua.relay.conversion;

import java.time.Instant;

import ua.relay.party.CompanyCard;
import ua.relay.salesorg.EmployeeId;

/** A lead as the closer reads it: the company, who handed it over and what they learned. */
public record LeadView(LeadId id, CompanyCard company, String caller, String callerNote, boolean urgent,
		Instant handedOverAt,
		String closer, EmployeeId closerId, String assignedReason, String status) {
}
