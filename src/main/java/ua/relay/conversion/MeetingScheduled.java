package ua.relay.conversion;

import java.time.Instant;
import java.util.Objects;

import ua.relay.party.CompanyId;
import ua.relay.salesorg.EmployeeId;

/** A lead arrived with a meeting booked: the closer and the prospect's contact are to be invited. */
public record MeetingScheduled(LeadId leadId, CompanyId companyId, EmployeeId closer, Instant start, Instant end) {

	public MeetingScheduled {
		Objects.requireNonNull(leadId, "leadId");
		Objects.requireNonNull(closer, "closer");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
	}

}
