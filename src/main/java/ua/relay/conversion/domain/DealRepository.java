package ua.relay.conversion.domain;

import java.util.Optional;

import ua.relay.conversion.DealId;

public interface DealRepository {

	void insert(Deal deal);

	void update(Deal deal);

	Optional<Deal> findById(DealId id);

}
