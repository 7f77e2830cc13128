package ua.relay.party.jdbc;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.platform.SqlTime;
import ua.relay.party.CompanyId;
import ua.relay.party.domain.Company;
import ua.relay.party.domain.CompanyRepository;
import ua.relay.shared.Edrpou;
import ua.relay.shared.PhoneNumber;

@Repository
class JdbcCompanyRepository implements CompanyRepository {

	private final JdbcClient jdbc;

	JdbcCompanyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void insert(Company company) {
		var d = company.details();
		jdbc.sql("""
				insert into party_company (id, name, legal_form, edrpou, industry, size_band, region, city, created_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
				""")
			.params(company.id().value(), d.name(), d.legalForm(), d.edrpou() == null ? null : d.edrpou().value(),
					d.industry(), d.sizeBand() == null ? null : d.sizeBand().name(), d.region(), d.city(),
					SqlTime.of(company.createdAt()))
			.update();
		for (var contact : company.contacts()) {
			var c = contact.details();
			jdbc.sql("insert into party_contact (id, company_id, full_name, position, email) values (?, ?, ?, ?, ?)")
				.params(contact.id(), company.id().value(), c.fullName(), c.position(),
						c.email() == null ? null : c.email().value())
				.update();
		}
		for (var phone : company.phones()) {
			jdbc.sql("insert into party_phone (id, company_id, contact_id, e164) values (?, ?, ?, ?)")
				.params(phone.id(), company.id().value(), phone.contactId(), phone.e164())
				.update();
		}
	}

	@Override
	public Optional<CompanyId> findIdByEdrpou(Edrpou edrpou) {
		return jdbc.sql("select id from party_company where edrpou = ?").param(edrpou.value())
			.query(UUID.class).optional().map(CompanyId::new);
	}

	@Override
	public Optional<CompanyId> findIdByPhone(PhoneNumber phone) {
		return jdbc.sql("select company_id from party_phone where e164 = ? order by company_id")
			.param(phone.e164())
			.query(UUID.class).list().stream().findFirst().map(CompanyId::new);
	}

}
