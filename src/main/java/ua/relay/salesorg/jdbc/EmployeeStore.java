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
import ua.relay.salesorg.Specialisation;
import ua.relay.salesorg.TeamId;
import ua.relay.salesorg.Tier;

@Repository
public class EmployeeStore {

	private static final String SELECT = """
			select e.id, e.full_name, e.tier, e.head_of_sales, e.active, e.email, e.capacity, e.serves_industries,
			       e.serves_sizes, e.serves_regions, e.extension, t.name as team
			from salesorg_employee e left join salesorg_team t on t.id = e.team_id
			""";

	private final JdbcClient jdbc;

	EmployeeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insertTeam(TeamId id, String name, Tier tier) {
		jdbc.sql("insert into salesorg_team (id, name, tier) values (?, ?, ?)").params(id.value(), name, tier.name())
			.update();
	}

	public Optional<Tier> teamTier(TeamId id) {
		return jdbc.sql("select tier from salesorg_team where id = ?").param(id.value()).query(String.class)
			.optional().map(Tier::valueOf);
	}

	public void insert(EmployeeId id, NewEmployee employee, Instant now) {
		jdbc.sql("""
				insert into salesorg_employee (id, full_name, tier, head_of_sales, team_id, email, active, created_at)
				values (?, ?, ?, ?, ?, ?, true, ?)
				""")
			.params(id.value(), employee.fullName(), employee.tier() == null ? null : employee.tier().name(),
					employee.headOfSales(), employee.team() == null ? null : employee.team().value(),
					employee.email() == null ? null : employee.email().value(), SqlTime.of(now))
			.update();
	}

	public Optional<EmployeeView> find(EmployeeId id) {
		return jdbc.sql(SELECT + " where e.id = ?").param(id.value()).query(this::map).optional();
	}

	public List<EmployeeView> all() {
		return jdbc.sql(SELECT + " order by e.head_of_sales desc, e.tier, t.name, e.full_name")
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

	public void setCapacity(EmployeeId id, int capacity) {
		jdbc.sql("update salesorg_employee set capacity = ? where id = ?").params(capacity, id.value()).update();
	}

	public void setSpecialisation(EmployeeId id, Specialisation serves) {
		jdbc.sql("update salesorg_employee set serves_industries = ?, serves_sizes = ?, serves_regions = ? where id = ?")
			.params(blankToNull(serves.industriesText()), blankToNull(serves.sizesText()), blankToNull(serves.regionsText()),
					id.value())
			.update();
	}

	public void setExtension(EmployeeId id, String extension) {
		jdbc.sql("update salesorg_employee set extension = ? where id = ?").params(extension, id.value()).update();
	}

	/** The employee leaves: inactive from {@code at}, their PBX extension freed for whoever comes next. */
	public boolean leave(EmployeeId id, Instant at) {
		return jdbc.sql("update salesorg_employee set active = false, left_at = ?, extension = null where id = ? and active = true")
			.params(SqlTime.of(at), id.value())
			.update() == 1;
	}

	public Optional<EmployeeId> byExtension(String extension) {
		return jdbc.sql("select id from salesorg_employee where extension = ?")
			.param(extension)
			.query((rs, n) -> new EmployeeId(rs.getObject(1, UUID.class)))
			.optional();
	}

	private static String blankToNull(String text) {
		return text.isEmpty() ? null : text;
	}

	private EmployeeView map(ResultSet rs, int row) throws SQLException {
		String tier = rs.getString("tier");
		return new EmployeeView(new EmployeeId(rs.getObject("id", UUID.class)), rs.getString("full_name"),
				tier == null ? null : Tier.valueOf(tier), rs.getString("team"), rs.getBoolean("head_of_sales"),
				rs.getBoolean("active"), rs.getString("email"), rs.getInt("capacity"),
				Specialisation.parse(rs.getString("serves_industries"), rs.getString("serves_sizes"),
						rs.getString("serves_regions")),
				rs.getString("extension"));
	}

}
