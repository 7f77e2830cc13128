package ua.relay.analytics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import ua.relay.platform.SqlTime;
import ua.relay.platform.web.Period;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Organisation;
import ua.relay.salesorg.OrganisationMode;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.Tier;

/**
 * The responsibility matrix over a period, in the model each assignment was made in: who handled which
 * company at which stage, how the companies and the revenue spread over the employees, and the two models
 * side by side (how many people a company meets, revenue per person).
 */
@Service
public class MatrixReport {

	/** Assignments in force at some moment of [:from, :to): each until the next one of its company and stage. */
	private static final String ACTIVE = """
			active as (
			  select x.company_id, x.stage, x.employee_id, x.mode, x.assigned_at, x.until from (
			    select h.company_id, h.stage, h.employee_id, h.mode, h.assigned_at,
			           lead(h.assigned_at) over (partition by h.company_id, h.stage order by h.assigned_at) as until
			    from salesorg_responsibility_history h where h.assigned_at < :to) x
			  where x.until is null or x.until > :from)
			""";

	private final JdbcClient jdbc;

	private final Staff staff;

	private final Organisation organisation;

	private final Clock clock;

	MatrixReport(JdbcClient jdbc, Staff staff, Organisation organisation, Clock clock) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.organisation = organisation;
		this.clock = clock;
	}

	/** Who held a company at a stage during the period, from when until when (null: still). */
	public record Holder(String employee, OrganisationMode mode, Instant from, Instant until) {
	}

	public record Company(UUID id, String name, Map<Tier, List<Holder>> stages) {

		/** How many different people the company dealt with in the period. */
		public long people() {
			return stages.values().stream().flatMap(List::stream).map(Holder::employee).distinct().count();
		}

	}

	public record Page(List<Company> companies, long total, int page, int size) {

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}

	}

	/** An employee's share: companies held per stage and model, and the revenue they brought in the period. */
	public record Spread(EmployeeId id, String name, Map<OrganisationMode, Map<Tier, Long>> companies, BigDecimal revenue) {

		public long held(OrganisationMode mode, Tier stage) {
			return companies.getOrDefault(mode, Map.of()).getOrDefault(stage, 0L);
		}

	}

	/** A model over the period: companies handled, people involved, people a company met on average, revenue. */
	public record Model(OrganisationMode mode, long companies, long employees, double peoplePerCompany, BigDecimal revenue) {

		public BigDecimal revenuePerEmployee() {
			return employees == 0 ? BigDecimal.ZERO
					: revenue.divide(BigDecimal.valueOf(employees), 2, java.math.RoundingMode.HALF_UP);
		}

	}

	public Page companies(Period period, int page, int size) {
		var from = SqlTime.of(period.start(clock));
		var to = SqlTime.of(period.end(clock));
		long total = jdbc.sql("with " + ACTIVE + " select count(distinct company_id) from active")
			.param("from", from).param("to", to)
			.query(Long.class)
			.single();
		var companies = new LinkedHashMap<UUID, Company>();
		var rows = new ArrayList<Object[]>();
		jdbc.sql("with " + ACTIVE + """
				, shown as (
				  select c.id, c.name from party_company c where c.id in (select company_id from active)
				  order by c.name, c.id limit :size offset :offset)
				select s.id, s.name, a.stage, a.employee_id, a.mode, a.assigned_at, a.until
				from shown s join active a on a.company_id = s.id
				order by s.name, s.id, a.stage, a.assigned_at
				""")
			.param("from", from).param("to", to).param("size", size).param("offset", (long) page * size)
			.query(rs -> {
				rows.add(new Object[] { rs.getObject(1, UUID.class), rs.getString(2), Tier.valueOf(rs.getString(3)),
						new EmployeeId(rs.getObject(4, UUID.class)), OrganisationMode.valueOf(rs.getString(5)),
						SqlTime.instant(rs, "assigned_at"), SqlTime.instant(rs, "until") });
			});
		var names = staff.names(rows.stream().map(r -> (EmployeeId) r[3]).toList());
		for (var r : rows) {
			var company = companies.computeIfAbsent((UUID) r[0], id -> new Company(id, (String) r[1], new EnumMap<>(Tier.class)));
			company.stages().computeIfAbsent((Tier) r[2], t -> new ArrayList<>())
				.add(new Holder(names.getOrDefault((EmployeeId) r[3], "?"), (OrganisationMode) r[4], (Instant) r[5],
						(Instant) r[6]));
		}
		return new Page(new ArrayList<>(companies.values()), total, page, size);
	}

	public List<Spread> spread(Period period) {
		var from = SqlTime.of(period.start(clock));
		var to = SqlTime.of(period.end(clock));
		var held = new HashMap<EmployeeId, Map<OrganisationMode, Map<Tier, Long>>>();
		jdbc.sql("with " + ACTIVE + " select employee_id, mode, stage, count(distinct company_id) from active group by employee_id, mode, stage")
			.param("from", from).param("to", to)
			.query(rs -> {
				held.computeIfAbsent(new EmployeeId(rs.getObject(1, UUID.class)), e -> new EnumMap<>(OrganisationMode.class))
					.computeIfAbsent(OrganisationMode.valueOf(rs.getString(2)), m -> new EnumMap<>(Tier.class))
					.put(Tier.valueOf(rs.getString(3)), rs.getLong(4));
			});
		var revenue = revenueByEmployee(period.start(clock), period.end(clock));
		Set<EmployeeId> everyone = new HashSet<>(held.keySet());
		everyone.addAll(revenue.keySet());
		var names = staff.names(everyone);
		return everyone.stream()
			.map(id -> new Spread(id, names.getOrDefault(id, "?"), held.getOrDefault(id, Map.of()),
					revenue.getOrDefault(id, BigDecimal.ZERO)))
			.sorted(Comparator.comparing(Spread::revenue).reversed().thenComparing(Spread::name))
			.toList();
	}

	/** Both models over the period: the parts of it each was in force, and what was done in them. */
	public List<Model> models(Period period) {
		var start = period.start(clock);
		var end = period.end(clock);
		var from = SqlTime.of(start);
		var to = SqlTime.of(end);
		var companies = new EnumMap<OrganisationMode, Set<UUID>>(OrganisationMode.class);
		var employees = new EnumMap<OrganisationMode, Set<UUID>>(OrganisationMode.class);
		var pairs = new EnumMap<OrganisationMode, Long>(OrganisationMode.class);
		jdbc.sql("with " + ACTIVE + " select mode, company_id, count(distinct employee_id) from active group by mode, company_id")
			.param("from", from).param("to", to)
			.query(rs -> {
				var mode = OrganisationMode.valueOf(rs.getString(1));
				companies.computeIfAbsent(mode, m -> new HashSet<>()).add(rs.getObject(2, UUID.class));
				pairs.merge(mode, rs.getLong(3), Long::sum);
			});
		jdbc.sql("with " + ACTIVE + " select distinct mode, employee_id from active")
			.param("from", from).param("to", to)
			.query(rs -> {
				employees.computeIfAbsent(OrganisationMode.valueOf(rs.getString(1)), m -> new HashSet<>())
					.add(rs.getObject(2, UUID.class));
			});
		var revenue = new EnumMap<OrganisationMode, BigDecimal>(OrganisationMode.class);
		var switches = new ArrayList<>(organisation.history().switches().entrySet());
		for (int i = 0; i < switches.size(); i++) {
			Instant partStart = switches.get(i).getKey().isAfter(start) ? switches.get(i).getKey() : start;
			Instant partEnd = i + 1 < switches.size() && switches.get(i + 1).getKey().isBefore(end) ? switches.get(i + 1).getKey()
					: end;
			if (partStart.isBefore(partEnd)) {
				var sum = revenueByEmployee(partStart, partEnd).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
				revenue.merge(switches.get(i).getValue(), sum, BigDecimal::add);
			}
		}
		return java.util.Arrays.stream(OrganisationMode.values())
			.map(mode -> {
				long n = companies.getOrDefault(mode, Set.of()).size();
				return new Model(mode, n, employees.getOrDefault(mode, Set.of()).size(),
						n == 0 ? 0 : (double) pairs.getOrDefault(mode, 0L) / n, revenue.getOrDefault(mode, BigDecimal.ZERO));
			})
			.toList();
	}

	/** First sales to their closers and repeat orders to the clients' managers, in [start, end). */
	private Map<EmployeeId, BigDecimal> revenueByEmployee(Instant start, Instant end) {
		var revenue = new HashMap<EmployeeId, BigDecimal>();
		jdbc.sql("""
				select closer_id, sum(amount) from conversion_deal where stage = 'WON' and closed_at >= ? and closed_at < ?
				group by closer_id
				union all
				select c.account_manager_id, sum(o.amount) from accounts_order o join accounts_client c on c.id = o.client_id
				where o.source not in ('FIRST_SALE', 'IMPORTED') and o.ordered_at >= ? and o.ordered_at < ?
				group by c.account_manager_id
				""")
			.params(SqlTime.of(start), SqlTime.of(end), SqlTime.of(start), SqlTime.of(end))
			.query(rs -> {
				if (rs.getBigDecimal(2) != null) {
					revenue.merge(new EmployeeId(rs.getObject(1, UUID.class)), rs.getBigDecimal(2), BigDecimal::add);
				}
			});
		return revenue;
	}

}
