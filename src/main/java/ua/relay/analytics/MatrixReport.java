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

	/**
	 * An assignment of the history ({@code h}) in force at some moment of [:from, :to): begun before the period's end,
	 * and ended (when the next one of its company and stage began) after its start, or not at all.
	 */
	private static final String IN_FORCE = "h.assigned_at < :to and (h.ended_at is null or h.ended_at > :from)";

	/** Until when it was held, as far as the period shows: null when the next one began after the period. */
	private static final String UNTIL = "case when h.ended_at < :to then h.ended_at end";

	/**
	 * The assignments {@link #IN_FORCE}, read in two halves, those held still and those ended after the period's start,
	 * so that each is a range of the history's index on (ended_at, assigned_at), read from the index alone.
	 */
	private static final String ACTIVE = """
			active as (
			  select h.company_id, h.stage, h.employee_id, h.mode, h.assigned_at, %1$s as until
			  from salesorg_responsibility_history h where h.ended_at is null and h.assigned_at < :to
			  union all
			  select h.company_id, h.stage, h.employee_id, h.mode, h.assigned_at, %1$s as until
			  from salesorg_responsibility_history h where h.ended_at > :from and h.assigned_at < :to)
			""".formatted(UNTIL);

	/** A holder of a shown company, as read. */
	private record Held(UUID company, String name, Tier stage, EmployeeId employee, OrganisationMode mode, Instant from,
			Instant until) {
	}

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

	/**
	 * A page of the companies held in the period, by name: the companies are walked in the order of their names and
	 * each is asked whether it was held, so a page reads about as many companies as it shows, not all of them.
	 */
	public Page companies(Period period, int page, int size) {
		var from = SqlTime.of(period.start(clock));
		var to = SqlTime.of(period.end(clock));
		long total = jdbc.sql("with " + ACTIVE + " select count(distinct company_id) from active")
			.param("from", from).param("to", to)
			.query(Long.class)
			.single();
		var rows = jdbc.sql("""
				with shown as (
				  select c.id, c.name from party_company c
				  where exists (select 1 from salesorg_responsibility_history h where h.company_id = c.id and %s)
				  order by c.name, c.id limit :size offset :offset)
				select s.id, s.name, h.stage, h.employee_id, h.mode, h.assigned_at, %s as until
				from shown s join salesorg_responsibility_history h on h.company_id = s.id and %s
				order by s.name, s.id, h.stage, h.assigned_at
				""".formatted(IN_FORCE, UNTIL, IN_FORCE))
			.param("from", from).param("to", to).param("size", size).param("offset", (long) page * size)
			.query((rs, n) -> new Held(rs.getObject("id", UUID.class), rs.getString("name"), Tier.valueOf(rs.getString("stage")),
					new EmployeeId(rs.getObject("employee_id", UUID.class)), OrganisationMode.valueOf(rs.getString("mode")),
					SqlTime.instant(rs, "assigned_at"), SqlTime.instant(rs, "until")))
			.list();
		var names = staff.names(rows.stream().map(Held::employee).toList());
		var companies = new LinkedHashMap<UUID, Company>();
		for (var row : rows) {
			companies.computeIfAbsent(row.company(), id -> new Company(id, row.name(), new EnumMap<>(Tier.class)))
				.stages()
				.computeIfAbsent(row.stage(), t -> new ArrayList<>())
				.add(new Holder(names.getOrDefault(row.employee(), "?"), row.mode(), row.from(), row.until()));
		}
		return new Page(new ArrayList<>(companies.values()), total, page, size);
	}

	public List<Spread> spread(Period period) {
		var from = SqlTime.of(period.start(clock));
		var to = SqlTime.of(period.end(clock));
		var held = new HashMap<EmployeeId, Map<OrganisationMode, Map<Tier, Long>>>();
		jdbc.sql("with " + ACTIVE + """
				select employee_id, mode, stage, count(*) from (select distinct employee_id, mode, stage, company_id from active) e
				group by employee_id, mode, stage
				""")
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
		var handled = new EnumMap<OrganisationMode, Handled>(OrganisationMode.class);
		// each pair of a company and a person it dealt with once: counted per company, it is the people it met
		jdbc.sql("with " + ACTIVE + """
				select mode, count(distinct company_id), count(distinct employee_id), count(*)
				from (select distinct mode, company_id, employee_id from active) p group by mode
				""")
			.param("from", from).param("to", to)
			.query(rs -> {
				handled.put(OrganisationMode.valueOf(rs.getString(1)), new Handled(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
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
				var h = handled.getOrDefault(mode, new Handled(0, 0, 0));
				return new Model(mode, h.companies(), h.employees(), h.companies() == 0 ? 0 : (double) h.pairs() / h.companies(),
						revenue.getOrDefault(mode, BigDecimal.ZERO));
			})
			.toList();
	}

	/** In a model: the companies handled, the people who handled them, and the pairs of a company and a person. */
	private record Handled(long companies, long employees, long pairs) {
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
