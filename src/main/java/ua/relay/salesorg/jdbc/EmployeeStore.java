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
import ua.relay.salesorg.Move;
import ua.relay.salesorg.NewEmployee;
import ua.relay.salesorg.Specialisation;
import ua.relay.salesorg.Team;
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

	/** The teams, open ones first, each with how many active employees it has. */
	public List<Team> teams() {
		return jdbc.sql("""
				select t.id, t.name, t.tier, t.closed_at,
				       (select count(*) from salesorg_employee e where e.team_id = t.id and e.active = true) as members
				from salesorg_team t
				order by case when t.closed_at is null then 0 else 1 end, t.tier, t.name
				""")
			.query((rs, n) -> new Team(new TeamId(rs.getObject("id", UUID.class)), rs.getString("name"),
					Tier.valueOf(rs.getString("tier")), rs.getInt("members"), SqlTime.instant(rs, "closed_at")))
			.list();
	}

	public void renameTeam(TeamId id, String name) {
		jdbc.sql("update salesorg_team set name = ? where id = ?").params(name, id.value()).update();
	}

	/** Closes an open team; false if it was closed already. */
	public boolean closeTeam(TeamId id, Instant at) {
		return jdbc.sql("update salesorg_team set closed_at = ? where id = ? and closed_at is null")
			.params(SqlTime.of(at), id.value())
			.update() == 1;
	}

	public Optional<TeamId> teamOf(EmployeeId id) {
		return jdbc.sql("select team_id from salesorg_employee where id = ? and team_id is not null")
			.param(id.value())
			.query(UUID.class)
			.optional()
			.map(TeamId::new);
	}

	/** Puts the employee in {@code tier} and {@code team} (none: no team). */
	public void move(EmployeeId id, Tier tier, TeamId team) {
		jdbc.sql("update salesorg_employee set tier = ?, team_id = ? where id = ?")
			.params(tier.name(), team == null ? null : team.value(), id.value())
			.update();
	}

	public void recordMove(EmployeeId id, Move move) {
		jdbc.sql("""
				insert into salesorg_employee_move (id, employee_id, from_tier, to_tier, from_team, to_team, moved_at, moved_by)
				values (:id, :employee, :fromTier, :toTier, :fromTeam, :toTeam, :at, :by)
				""")
			.param("id", UUID.randomUUID())
			.param("employee", id.value())
			.param("fromTier", move.fromTier() == null ? null : move.fromTier().name())
			.param("toTier", move.toTier().name())
			.param("fromTeam", move.fromTeam())
			.param("toTeam", move.toTeam())
			.param("at", SqlTime.of(move.at()))
			.param("by", move.by())
			.update();
	}

	/** The employee's moves, the newest first. */
	public List<Move> moves(EmployeeId id) {
		return jdbc.sql("""
				select from_tier, to_tier, from_team, to_team, moved_at, moved_by
				from salesorg_employee_move where employee_id = ? order by moved_at desc
				""")
			.param(id.value())
			.query((rs, n) -> new Move(rs.getString("from_tier") == null ? null : Tier.valueOf(rs.getString("from_tier")),
					Tier.valueOf(rs.getString("to_tier")), rs.getString("from_team"), rs.getString("to_team"),
					SqlTime.instant(rs, "moved_at"), rs.getString("moved_by")))
			.list();
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
