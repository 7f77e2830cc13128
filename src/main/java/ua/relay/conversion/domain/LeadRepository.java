package ua.relay.conversion.domain;

import java.util.Optional;

import ua.relay.conversion.LeadId;

public interface LeadRepository {

	void insert(Lead lead);

	void update(Lead lead);

	Optional<Lead> findById(LeadId id);

}
