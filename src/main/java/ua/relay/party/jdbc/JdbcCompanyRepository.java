package ua.relay.party.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
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

	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	JdbcCompanyRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	@Override
	public void insert(Company company) {
		var d = company.details();
		jdbc.sql("""
				insert into party_company (id, name, legal_form, edrpou, industry, size_band, region, city, name_key,
				                           created_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
				""")
			.params(companyRow(company))
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

	private static Object[] companyRow(Company company) {
		var d = company.details();
		return new Object[] { company.id().value(), d.name(), d.legalForm(),
				d.edrpou() == null ? null : d.edrpou().value(), d.industry(),
				d.sizeBand() == null ? null : d.sizeBand().name(), d.region(), d.city(), company.nameKey(),
				SqlTime.of(company.createdAt()) };
	}

	@Override
	public void insertAll(List<Company> companies) {
		var rows = new ArrayList<Object[]>(companies.size());
		var contacts = new ArrayList<Object[]>();
		var phones = new ArrayList<Object[]>();
		for (var company : companies) {
			rows.add(companyRow(company));
			for (var contact : company.contacts()) {
				var c = contact.details();
				contacts.add(new Object[] { contact.id(), company.id().value(), c.fullName(), c.position(),
						c.email() == null ? null : c.email().value() });
			}
			for (var phone : company.phones()) {
				phones.add(new Object[] { phone.id(), company.id().value(), phone.contactId(), phone.e164() });
			}
		}
		batch.batchUpdate("""
				insert into party_company (id, name, legal_form, edrpou, industry, size_band, region, city, name_key,
				                           created_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
				""", rows);
		batch.batchUpdate("insert into party_contact (id, company_id, full_name, position, email) values (?, ?, ?, ?, ?)",
				contacts);
		batch.batchUpdate("insert into party_phone (id, company_id, contact_id, e164) values (?, ?, ?, ?)", phones);
	}

	@Override
	public Known known(Collection<String> edrpous, Collection<String> phones, Collection<String> nameKeys) {
		return new Known(existing("select edrpou from party_company where edrpou in (:values)", edrpous),
				existing("select e164 from party_phone where e164 in (:values)", phones),
				existing("select name_key from party_company where name_key in (:values)", nameKeys));
	}

	private Set<String> existing(String sql, Collection<String> values) {
		var found = new HashSet<String>();
		var all = List.copyOf(values);
		for (int from = 0; from < all.size(); from += CHUNK) {
			found.addAll(jdbc.sql(sql).param("values", all.subList(from, Math.min(all.size(), from + CHUNK)))
				.query(String.class)
				.list());
		}
		return found;
	}

	@Override
	public int deleteAll(Collection<CompanyId> companies) {
		var ids = companies.stream().map(CompanyId::value).toList();
		int deleted = 0;
		for (int from = 0; from < ids.size(); from += CHUNK) {
			var chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			jdbc.sql("delete from party_phone where company_id in (:ids)").param("ids", chunk).update();
			jdbc.sql("delete from party_contact where company_id in (:ids)").param("ids", chunk).update();
			deleted += jdbc.sql("delete from party_company where id in (:ids)").param("ids", chunk).update();
		}
		return deleted;
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
