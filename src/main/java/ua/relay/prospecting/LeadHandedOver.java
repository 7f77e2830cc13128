package ua.relay.prospecting;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;


import ua.relay.party.CompanyId;
import ua.relay.salesorg.EmployeeId;

/**
 * A caller passed a prospect to tier 2: interested, or {@code urgent} because it asked what the
 * caller could not answer (the {@code note} is then the question), with the {@code answers} it gave
 * along the call script, and the {@code meeting} booked with a closer, if one was. {@code handOverId} identifies this
 * hand-over, so a redelivery after a crash is recognised as the same one.
 */
public record LeadHandedOver(UUID handOverId, ProspectId prospectId, CompanyId companyId, EmployeeId caller,
		String note, boolean urgent, List<QualificationAnswer> answers, Meeting meeting, Instant handedOverAt) {

	public LeadHandedOver {
		Objects.requireNonNull(handOverId, "handOverId");
		Objects.requireNonNull(prospectId, "prospectId");
		Objects.requireNonNull(companyId, "companyId");
		Objects.requireNonNull(caller, "caller");
		Objects.requireNonNull(handedOverAt, "handedOverAt");
		answers = answers == null ? List.of() : List.copyOf(answers);
	}

	public LeadHandedOver withMeeting(Meeting booked) {
		return new LeadHandedOver(handOverId, prospectId, companyId, caller, note, urgent, answers, booked, handedOverAt);
	}

}
