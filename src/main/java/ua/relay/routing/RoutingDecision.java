package ua.relay.routing;

import java.util.UUID;

import ua.relay.party.CompanyId;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Tier;

/**
 * Where an inbound call goes: to an employee (their PBX {@code extension}, if they have one) or, when nobody
 * is named, the queue of a tier; for which company, and why ({@code reason} is a message code with its
 * arguments after "|"). A {@code fallback} decision is what the PBX got when Relay could not decide in time.
 */
public record RoutingDecision(UUID callId, EmployeeId employee, String employeeName, String extension, Tier tier,
		CompanyId company, String reason, boolean fallback) {

	static final String FALLBACK_REASON = "reason.inbound-fallback";

	static RoutingDecision toTheFallback() {
		return new RoutingDecision(null, null, null, null, Tier.LC, null, FALLBACK_REASON, true);
	}

	/** The queue the call goes to when it goes to nobody in particular: the tier's name. */
	public String queue() {
		return employee == null ? tier.name() : null;
	}

	/** What the PBX dials: the employee's extension, else their tier's ring group, else the fallback. */
	public String destination(Telephony telephony) {
		if (extension != null) {
			return extension;
		}
		if (fallback) {
			return telephony.fallback();
		}
		return tier == Tier.AM ? telephony.accountManagersQueue() : telephony.closersQueue();
	}

	/** The reason's message code, without its arguments. */
	public String reasonCode() {
		int bar = reason.indexOf('|');
		return bar < 0 ? reason : reason.substring(0, bar);
	}

}
