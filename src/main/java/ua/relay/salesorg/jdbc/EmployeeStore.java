package ua.relay.salesorg.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ua.relay.platform.SqlTime;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.EmployeeView;
import ua.relay.salesorg.NewEmployee;
import ua.relay.salesorg.Tier;

@Repository
public class EmployeeStore {

	private final JdbcClient jdbc;

	EmployeeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(EmployeeId id, NewEmployee employee, Instant now) {
		jdbc.sql("""
				insert into salesorg_employee (id, full_name, tier, head_of_sales, email, active, created_at)
				values (?, ?, ?, ?, ?, true, ?)
				""")
			.params(id.value(), employee.fullName(), employee.tier() == null ? null : employee.tier().name(),
					employee.headOfSales(), employee.email(), SqlTime.of(now))
			.update();
	}

	public Optional<EmployeeView> find(EmployeeId id) {
		return jdbc.sql("select * from salesorg_employee where id = ?").param(id.value()).query(this::map).optional();
	}

	public List<EmployeeView> all() {
		return jdbc.sql("select * from salesorg_employee order by head_of_sales desc, tier, full_name")
			.query(this::map)
			.list();
	}

	public Map<EmployeeId, String> names(Collection<EmployeeId> ids) {
		var result = new HashMap<EmployeeId, String>();
		if (ids.isEmpty()) {
			return result;
		}
		jdbc.sql("select id, full_name from salesorg_employee where id in (:ids)")
			.param("ids", ids.stream().map(EmployeeId::value).distinct().toList())
			.query((rs, n) -> Map.entry(new EmployeeId(rs.getObject(1, UUID.class)), rs.getString(2)))
			.list()
			.forEach(e -> result.put(e.getKey(), e.getValue()));
		return result;
	}

	private EmployeeView map(ResultSet rs, int row) throws SQLException {
		String tier = rs.getString("tier");
		return new EmployeeView(new EmployeeId(rs.getObject("id", UUID.class)), rs.getString("full_name"),
				tier == null ? null : Tier.valueOf(tier), rs.getBoolean("head_of_sales"), rs.getBoolean("active"));
	}

}
