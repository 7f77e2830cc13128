package ua.relay.conversion;

import org.springframework.stereotype.Component;

import ua.relay.party.CompanyDirectory;
import ua.relay.party.CompanyId;
import ua.relay.platform.Notifications;
import ua.relay.platform.Notifications.Kind;
import ua.relay.salesorg.EmployeeId;

/** Tells a closer of a lead that landed with them, and a caller of a lead tier 2 turned down, with why. */
@Component
class LeadAnnouncements {

	private final Notifications notifications;

	private final CompanyDirectory companies;

	LeadAnnouncements(Notifications notifications, CompanyDirectory companies) {
		this.notifications = notifications;
		this.companies = companies;
	}

	void landed(LeadId lead, CompanyId company, EmployeeId closer) {
		notifications.notify(closer.value(), Kind.NEW_LEAD, companies.getCard(company).displayName(), null,
				"/conversion/leads/" + lead.value());
	}

	void returned(CompanyId company, EmployeeId caller, String reason) {
		notifications.notify(caller.value(), Kind.LEAD_RETURNED, companies.getCard(company).displayName(), reason,
				"/prospecting/desk");
	}

}
