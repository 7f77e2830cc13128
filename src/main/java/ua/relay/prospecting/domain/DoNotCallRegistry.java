package ua.relay.prospecting.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import ua.relay.party.CompanyId;
import ua.relay.salesorg.EmployeeId;

/** The numbers and companies that must not be called. */
public interface DoNotCallRegistry {

	/** Why a company may not be called (its own entry, or one of its numbers'), if it may not. */
	Optional<String> barredBecause(CompanyId company, Collection<String> phones);

	void barCompany(CompanyId company, Collection<String> phones, String reason, EmployeeId by, Instant at);

}
