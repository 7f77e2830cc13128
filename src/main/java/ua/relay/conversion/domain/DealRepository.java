package ua.relay.conversion.domain;

import java.util.Map;
import java.util.Optional;

import ua.relay.conversion.DealId;
import ua.relay.party.CompanyId;
import ua.relay.salesorg.EmployeeId;

public interface DealRepository {

	void insert(Deal deal);

	void update(Deal deal);

	Optional<Deal> findById(DealId id);

	/** The closer's open deals (neither won nor lost) with their companies, the oldest first. */
	Map<DealId, CompanyId> openOf(EmployeeId closer);

	/** The deal and its open tasks go to another closer (someone left). */
	void handOver(DealId deal, EmployeeId to);

}
