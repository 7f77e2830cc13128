package ua.relay.conversion;

import java.time.Instant;
import java.util.List;

import ua.relay.party.CompanyCard;
import ua.relay.prospecting.Meeting;
import ua.relay.prospecting.QualificationAnswer;
import ua.relay.salesorg.EmployeeId;

/** A lead as the closer reads it: the company, who handed it over and what they learned. */
public record LeadView(LeadId id, CompanyCard company, String caller, String callerNote, boolean urgent,
		List<QualificationAnswer> answers, Meeting meeting, Instant handedOverAt,
		String closer, EmployeeId closerId, String assignedReason, String status, String rejectionReason,
		Instant firstTouchDue, boolean firstTouchLate, boolean escalated) {
}
