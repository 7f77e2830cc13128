package ua.relay.salesorg;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import ua.relay.party.CompanyDirectory;
import ua.relay.party.CompanyId;

/** Reads the responsibility matrix for the head of sales, in both models side by side. */
@Service
public class ResponsibilityMatrix {

	private final JdbcClient jdbc;

	private final CompanyDirectory companies;

	private final Staff staff;

	ResponsibilityMatrix(JdbcClient jdbc, CompanyDirectory companies, Staff staff) {
		this.jdbc = jdbc;
		this.companies = companies;
		this.staff = staff;
	}

	public MatrixPage page(int page, int size) {
		long total = jdbc.sql("select count(distinct company_id) from salesorg_responsibility").query(Long.class)
			.single();
		List<UUID> companyIds = jdbc.sql("""
				select company_id from salesorg_responsibility
				group by company_id order by max(assigned_at) desc, company_id
				limit :size offset :offset
				""")
			.param("size", size)
			.param("offset", page * size)
			.query(UUID.class)
			.list();
		Map<UUID, Map<Tier, EmployeeId>> cells = new LinkedHashMap<>();
		companyIds.forEach(id -> cells.put(id, new EnumMap<>(Tier.class)));
		if (!companyIds.isEmpty()) {
			jdbc.sql("select company_id, stage, employee_id from salesorg_responsibility where company_id in (:ids)")
				.param("ids", companyIds)
				.query((rs, n) -> {
					cells.get(rs.getObject(1, UUID.class))
						.put(Tier.valueOf(rs.getString(2)), new EmployeeId(rs.getObject(3, UUID.class)));
					return null;
				})
				.list();
		}
		var employeeIds = new HashSet<EmployeeId>();
		cells.values().forEach(m -> employeeIds.addAll(m.values()));
		var names = staff.names(employeeIds);
		var cards = companies.cards(companyIds.stream().map(CompanyId::new).toList());
		var rows = cells.entrySet().stream().map(entry -> {
			var company = new CompanyId(entry.getKey());
			Map<Tier, String> byStage = new EnumMap<>(Tier.class);
			entry.getValue().forEach((stage, employee) -> byStage.put(stage, names.get(employee)));
			var card = cards.get(company);
			return new MatrixRow(company, card == null ? company.toString() : card.displayName(), byStage,
					classicOwner(entry.getValue(), names));
		}).toList();
		return new MatrixPage(rows, page, size, total, workloads());
	}

	private static String classicOwner(Map<Tier, EmployeeId> stages, Map<EmployeeId, String> names) {
		for (Tier stage : Tier.values()) {
			if (stages.containsKey(stage)) {
				return names.get(stages.get(stage));
			}
		}
		return null;
	}

	private List<MatrixPage.Workload> workloads() {
		Map<UUID, long[]> counts = new HashMap<>();
		jdbc.sql("select employee_id, stage, count(*) from salesorg_responsibility group by employee_id, stage")
			.query((rs, n) -> {
				counts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new long[4])[Tier
					.valueOf(rs.getString(2)).ordinal()] = rs.getLong(3);
				return null;
			})
			.list();
		// In the classic model a company belongs to whoever holds its earliest recorded stage.
		jdbc.sql("""
				select r.employee_id, count(*) from salesorg_responsibility r
				where not exists (
				    select 1 from salesorg_responsibility earlier
				    where earlier.company_id = r.company_id
				      and (case earlier.stage when 'LG' then 1 when 'LC' then 2 else 3 end)
				        < (case r.stage when 'LG' then 1 when 'LC' then 2 else 3 end))
				group by r.employee_id
				""")
			.query((rs, n) -> {
				counts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new long[4])[3] = rs.getLong(2);
				return null;
			})
			.list();
		var names = staff.names(counts.keySet().stream().map(EmployeeId::new).toList());
		return counts.entrySet()
			.stream()
			.map(e -> new MatrixPage.Workload(names.get(new EmployeeId(e.getKey())), e.getValue()[0], e.getValue()[1],
					e.getValue()[2], e.getValue()[3]))
			.sorted(java.util.Comparator.comparing(MatrixPage.Workload::employee))
			.toList();
	}

}
