package ua.relay.conversion.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import ua.relay.conversion.LeadId;
import ua.relay.salesorg.EmployeeId;

public interface LeadRepository {

	void insert(Lead lead);

	void update(Lead lead);

	Optional<Lead> findById(LeadId id);

	/** What each closer carries now: leads waiting for their decision and open deals. */
	Map<EmployeeId, Integer> openWork();

	/** The leads waiting for the closer's decision, the oldest first. */
	List<Lead> waitingFor(EmployeeId closer);

}
