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

	private final JdbcTemplate scan;

	JdbcCompanyRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.scan = new JdbcTemplate(batch.getDataSource());
		this.scan.setFetchSize(10_000);
	}

	@Override
	public void scanKeys(KeyScan keys) {
		scan.query("select edrpou from party_company where edrpou is not null", rs -> {
			keys.edrpou(rs.getString(1));
		});
		scan.query("select e164 from party_phone", rs -> {
			keys.phone(rs.getString(1));
		});
		scan.query("select name_key from party_company where name_key is not null", rs -> {
			keys.nameKey(rs.getString(1));
		});
		scan.query("select rnokpp from party_company where rnokpp is not null", rs -> {
			keys.rnokpp(rs.getString(1));
		});
	}

	@Override
	public boolean nameKeyExists(String nameKey) {
		return jdbc.sql("select count(*) from party_company where name_key = ?").param(nameKey).query(Long.class).single() > 0;
	}

	@Override
	public void insert(Company company) {
		var d = company.details();
		jdbc.sql("""
				insert into party_company (id, name, legal_form, edrpou, industry, size_band, region, city, name_key,
				                           created_at, rnokpp, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
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
				SqlTime.of(company.createdAt()), d.rnokpp() == null ? null : d.rnokpp().value() };
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

	@Override
	public Optional<CompanyId> findIdByRnokpp(String rnokpp) {
		return jdbc.sql("select id from party_company where rnokpp = ?").param(rnokpp)
			.query(UUID.class).optional().map(CompanyId::new);
	}

	@Override
	public Optional<CompanyId> findIdByNameKey(String nameKey) {
		return jdbc.sql("select id from party_company where name_key = ? order by created_at, id").param(nameKey)
			.query(UUID.class).list().stream().findFirst().map(CompanyId::new);
	}

	@Override
	public List<String> phonesOf(CompanyId company) {
		return jdbc.sql("select e164 from party_phone where company_id = ?").param(company.value()).query(String.class).list();
	}

	@Override
	public List<String[]> contactsOf(CompanyId company) {
		return jdbc.sql("select full_name, email from party_contact where company_id = ?")
			.param(company.value())
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2) })
			.list();
	}

	@Override
	public void insertPhone(UUID id, CompanyId company, PhoneNumber phone) {
		jdbc.sql("insert into party_phone (id, company_id, contact_id, e164) values (?, ?, null, ?)")
			.params(id, company.value(), phone.e164())
			.update();
	}

	@Override
	public void insertContact(UUID id, CompanyId company, ua.relay.party.NewCompany.NewContact contact) {
		jdbc.sql("insert into party_contact (id, company_id, full_name, position, email) values (?, ?, ?, ?, ?)")
			.params(id, company.value(), contact.fullName(), contact.position(),
					contact.email() == null ? null : contact.email().value())
			.update();
	}

	@Override
	public void deleteDetails(Collection<UUID> phones, Collection<UUID> contacts) {
		var phoneIds = List.copyOf(phones);
		for (int from = 0; from < phoneIds.size(); from += CHUNK) {
			jdbc.sql("delete from party_phone where id in (:ids)")
				.param("ids", phoneIds.subList(from, Math.min(phoneIds.size(), from + CHUNK)))
				.update();
		}
		var contactIds = List.copyOf(contacts);
		for (int from = 0; from < contactIds.size(); from += CHUNK) {
			var chunk = contactIds.subList(from, Math.min(contactIds.size(), from + CHUNK));
			jdbc.sql("update party_phone set contact_id = null where contact_id in (:ids)").param("ids", chunk).update();
			jdbc.sql("delete from party_contact where id in (:ids)").param("ids", chunk).update();
		}
	}

}
