package ua.relay.accounts.jdbc;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clients and invoices a search may show: an account manager's own, or all of them for the head. */
@Repository
public class ClientSearchQueries {

	private final JdbcClient jdbc;

	ClientSearchQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Found(UUID id, UUID companyId) {
	}

	public record FoundInvoice(UUID id, UUID clientId, UUID companyId, String buyer, BigDecimal total, String status) {
	}

	public List<UUID> companiesOf(UUID manager) {
		return jdbc.sql("select company_id from accounts_client where account_manager_id = :manager")
			.param("manager", manager)
			.query(UUID.class)
			.list();
	}

	public List<Found> of(Collection<UUID> companies, UUID manager) {
		var spec = jdbc.sql("select id, company_id from accounts_client where company_id in (:companies)"
				+ (manager == null ? "" : " and account_manager_id = :manager"))
			.param("companies", companies);
		if (manager != null) {
			spec = spec.param("manager", manager);
		}
		return spec.query((rs, n) -> new Found(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
	}

	/** The invoice of this number, where the manager (or, when null, anyone) may see it. */
	public Optional<FoundInvoice> invoice(String series, int year, int seq, UUID manager) {
		var spec = jdbc.sql("""
				select i.id, i.client_id, c.company_id, i.buyer_name, i.total, i.status
				from accounts_invoice i join accounts_client c on c.id = i.client_id
				where i.series = :series and i.invoice_year = :year and i.seq = :seq"""
				+ (manager == null ? "" : " and c.account_manager_id = :manager"))
			.param("series", series)
			.param("year", year)
			.param("seq", seq);
		if (manager != null) {
			spec = spec.param("manager", manager);
		}
		return spec.query((rs, n) -> new FoundInvoice(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
				rs.getObject(3, UUID.class), rs.getString(4), rs.getBigDecimal(5), rs.getString(6))).optional();
	}

}
