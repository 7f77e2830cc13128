package ua.relay.salesorg.domain;

import ua.relay.platform.DomainException;
import ua.relay.salesorg.EmployeeView;
import ua.relay.salesorg.OrganisationMode;
import ua.relay.salesorg.Tier;

/**
 * Who may answer for a company at a stage when someone names them (a meeting booked with a closer, a
 * client brought in with its manager): an active employee of that stage's tier; in the classic model,
 * where one person carries a client through every stage, any active salesperson. A caller is never
 * made a client's account manager in the three-tier model, nor is the head of sales.
 */
public final class StageHolderRule {

	private StageHolderRule() {
	}

	public static void check(EmployeeView employee, Tier stage, OrganisationMode mode) {
		if (!employee.active()) {
			throw DomainException.invalid("assignment.inactive", employee.fullName() + " no longer works here");
		}
		boolean salesperson = employee.tier() != null;
		boolean fits = mode == OrganisationMode.CLASSIC ? salesperson : employee.tier() == stage;
		if (!fits) {
			throw DomainException.invalid("assignment.wrong-tier", employee.fullName() + " does not work the "
					+ stage + " stage" + (mode == OrganisationMode.CLASSIC ? "" : " (works " + employee.tier() + ")"));
		}
	}

}
