package ua.relay.salesorg.domain;

import ua.relay.platform.DomainException;
import ua.relay.salesorg.Tier;

public class NoOneToAssignException extends DomainException {

	public NoOneToAssignException(Tier stage) {
		super(Kind.CONFLICT, "assignment.no-specialist", "No active " + stage + " specialist to assign");
	}

}
