package ua.relay.prospecting.domain;

import ua.relay.platform.DomainException;
import ua.relay.prospecting.ProspectId;

public class ProspectException extends DomainException {

	private ProspectException(Kind kind, String code, String message) {
		super(kind, code, message);
	}

	public static ProspectException notFound(ProspectId id) {
		return new ProspectException(Kind.NOT_FOUND, "prospect.not-found", "No prospect " + id);
	}

	public static ProspectException notHeld(ProspectId id) {
		return new ProspectException(Kind.FORBIDDEN, "prospect.not-held",
				"Prospect " + id + " is not held by this caller");
	}

	public static ProspectException cannotBecome(ProspectId id, ProspectStatus from, ProspectStatus to) {
		return new ProspectException(Kind.CONFLICT, "prospect.transition",
				"Prospect " + id + " is " + from + " and cannot become " + to);
	}

	public static ProspectException callbackInThePast(ProspectId id) {
		return new ProspectException(Kind.INVALID, "prospect.callback-in-past",
				"A callback for prospect " + id + " must be in the future");
	}

	public static ProspectException changedMeanwhile(ProspectId id) {
		return new ProspectException(Kind.CONFLICT, "prospect.changed", "Prospect " + id + " was changed meanwhile");
	}

}
