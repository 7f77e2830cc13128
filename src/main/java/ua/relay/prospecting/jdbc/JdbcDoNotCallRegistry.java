package ua.relay.prospecting.jdbc;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.party.CompanyId;
import ua.relay.platform.SqlTime;
import ua.relay.prospecting.DoNotCallEntry;
import ua.relay.prospecting.domain.DoNotCallRegistry;
import ua.relay.salesorg.EmployeeId;

@Repository
public class JdbcDoNotCallRegistry implements DoNotCallRegistry {

	private final JdbcClient jdbc;

	JdbcDoNotCallRegistry(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<String> barredBecause(CompanyId company, Collection<String> phones) {
		String byPhone = phones.isEmpty() ? "" : " or phone in (:phones)";
		var spec = jdbc.sql("select case when company_id = :company then 'company' else phone end, reason"
				+ " from prospecting_do_not_call where company_id = :company" + byPhone
				+ " order by case when company_id = :company then 0 else 1 end, phone limit 1")
			.param("company", company.value());
		if (!phones.isEmpty()) {
			spec = spec.param("phones", List.copyOf(phones));
		}
		return spec.query((rs, n) -> rs.getString(1) + ": " + rs.getString(2)).optional();
	}

	@Override
	public void barCompany(CompanyId company, Collection<String> phones, String reason, EmployeeId by, Instant at) {
		jdbc.sql("""
				insert into prospecting_do_not_call (id, phone, company_id, reason, added_by, added_at)
				select cast(? as uuid), null, cast(? as uuid), cast(? as varchar(300)), cast(? as uuid),
				       cast(? as timestamp with time zone)
				where not exists (select 1 from prospecting_do_not_call where company_id = ? and phone is null)
				""")
			.params(UUID.randomUUID(), company.value(), reason, by == null ? null : by.value(), SqlTime.of(at),
					company.value())
			.update();
		phones.forEach(phone -> barPhone(phone, company, reason, by, at));
	}

	public boolean barPhone(String e164, CompanyId company, String reason, EmployeeId by, Instant at) {
		return jdbc.sql("""
				insert into prospecting_do_not_call (id, phone, company_id, reason, added_by, added_at)
				select cast(? as uuid), cast(? as varchar(16)), cast(? as uuid), cast(? as varchar(300)),
				       cast(? as uuid), cast(? as timestamp with time zone)
				where not exists (select 1 from prospecting_do_not_call where phone = ?)
				""")
			.params(UUID.randomUUID(), e164, company == null ? null : company.value(), reason,
					by == null ? null : by.value(), SqlTime.of(at), e164)
			.update() == 1;
	}

	public boolean remove(UUID id) {
		return jdbc.sql("delete from prospecting_do_not_call where id = ?").param(id).update() == 1;
	}

	public List<DoNotCallEntry> latest(int limit) {
		return page("", limit, 0);
	}

	/** The newest first, a page of them: those whose number holds {@code digits}, when given. */
	public List<DoNotCallEntry> page(String digits, int limit, int offset) {
		return jdbc.sql("select id, phone, company_id, reason, added_at from prospecting_do_not_call"
				+ (digits.isEmpty() ? "" : " where phone like :digits")
				+ " order by added_at desc, id limit :limit offset :offset")
			.params(digits.isEmpty() ? java.util.Map.of() : java.util.Map.of("digits", "%" + digits + "%"))
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new DoNotCallEntry(rs.getObject(1, UUID.class), rs.getString(2),
					rs.getObject(3, UUID.class), rs.getString(4), SqlTime.instant(rs, "added_at")))
			.list();
	}

	public long count(String digits) {
		return jdbc.sql("select count(*) from prospecting_do_not_call" + (digits.isEmpty() ? "" : " where phone like :digits"))
			.params(digits.isEmpty() ? java.util.Map.of() : java.util.Map.of("digits", "%" + digits + "%"))
			.query(Long.class)
			.single();
	}

	public long count() {
		return jdbc.sql("select count(*) from prospecting_do_not_call").query(Long.class).single();
	}

}
