package ua.relay.party.domain;

import java.util.Optional;

import ua.relay.party.CompanyId;
import ua.relay.shared.Edrpou;
import ua.relay.shared.PhoneNumber;

public interface CompanyRepository {

	void insert(Company company);

	Optional<CompanyId> findIdByEdrpou(Edrpou edrpou);

	Optional<CompanyId> findIdByPhone(PhoneNumber phone);

}
