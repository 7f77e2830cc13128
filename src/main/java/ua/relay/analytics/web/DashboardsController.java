package ua.relay.analytics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

import ua.relay.analytics.Dashboards;
import ua.relay.analytics.Funnel;
import ua.relay.analytics.Trend;
import ua.relay.platform.DomainException;
import ua.relay.platform.export.Downloads;
import ua.relay.platform.export.Table;
import ua.relay.platform.web.Period;
import ua.relay.prospecting.LeadSupply;

/**
 * The head's dashboard (the whole relay) and each tier's (its own people), for a period and by day or
 * week; every table on them downloads as CSV or XLSX.
 */
@Controller
@RequestMapping("/analytics/dashboard")
class DashboardsController {

	private static final int FORECAST_DAYS = 14;

	/** Which tables each dashboard shows (and so exports). */
	private static final Map<String, List<String>> TABLES = Map.of("head",
			List.of("funnel", "trend", "callers", "closers", "managers", "sla", "supply"), "lg",
			List.of("funnel", "trend", "callers"), "lc", List.of("trend", "closers", "sla", "supply"), "am",
			List.of("trend", "managers"));

	private final Dashboards dashboards;

	private final LeadSupply supply;

	private final DashboardTables tables;

	private final JsonMapper json;

	private final Clock clock;

	DashboardsController(Dashboards dashboards, LeadSupply supply, DashboardTables tables, JsonMapper json, Clock clock) {
		this.dashboards = dashboards;
		this.supply = supply;
		this.tables = tables;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping
	String head(@RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to,
			@RequestParam(defaultValue = "day") String by, Model model) {
		return page("head", Period.chosenOrLast30Days(from, to, clock), by, model);
	}

	@GetMapping("/tier/{tier}")
	String tier(@PathVariable String tier,
			@RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to,
			@RequestParam(defaultValue = "day") String by, Model model) {
		return page(known(tier), Period.chosenOrLast30Days(from, to, clock), by, model);
	}

	@GetMapping("/export/{table}.{format}")
	ResponseEntity<byte[]> exportHead(@PathVariable String table, @PathVariable String format,
			@RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to,
			@RequestParam(defaultValue = "day") String by) {
		return export("head", table, format, Period.chosenOrLast30Days(from, to, clock), by);
	}

	@GetMapping("/tier/{tier}/export/{table}.{format}")
	ResponseEntity<byte[]> exportTier(@PathVariable String tier, @PathVariable String table, @PathVariable String format,
			@RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to,
			@RequestParam(defaultValue = "day") String by) {
		return export(known(tier), table, format, Period.chosenOrLast30Days(from, to, clock), by);
	}

	private String page(String board, Period period, String by, Model model) {
		var shown = TABLES.get(board);
		model.addAttribute("board", board);
		model.addAttribute("exportBase", "head".equals(board) ? "/analytics/dashboard/export/"
				: "/analytics/dashboard/tier/" + board + "/export/");
		model.addAttribute("period", period);
		model.addAttribute("by", "week".equals(by) ? "week" : "day");
		model.addAttribute("shown", shown);
		var calls = dashboards.calls(period);
		if (shown.contains("funnel")) {
			var funnel = dashboards.funnel(calls);
			model.addAttribute("funnel", funnel);
			model.addAttribute("funnelLabels", json.writeValueAsString(funnel.steps().stream()
				.map(step -> tables.label("funnel." + step.code()))
				.toList()));
			model.addAttribute("funnelValues", json.writeValueAsString(funnel.steps().stream().map(Funnel.Step::count).toList()));
		}
		var daily = dashboards.trend(calls);
		var trend = "week".equals(by) ? daily.weekly() : daily;
		model.addAttribute("trend", trend);
		model.addAttribute("trendLabels", json.writeValueAsString(trend.points().stream()
			.map(p -> p.day().format(DateTimeFormatter.ofPattern("dd.MM")))
			.toList()));
		model.addAttribute("trendSeries", json.writeValueAsString(series(board, trend)));
		if (shown.contains("callers")) {
			model.addAttribute("callers", dashboards.callers(calls));
		}
		if (shown.contains("closers")) {
			model.addAttribute("closers", dashboards.closers(period));
		}
		if (shown.contains("managers")) {
			model.addAttribute("managers", dashboards.managers(period));
		}
		if (shown.contains("sla")) {
			model.addAttribute("sla", dashboards.slaBreaches(period));
		}
		if (shown.contains("supply")) {
			model.addAttribute("supply", supply.days(FORECAST_DAYS));
			model.addAttribute("stock", supply.stock());
		}
		return "analytics/dashboard";
	}

	/** The trend's series as the chart draws them: each tier sees its own steps; labels are message codes the page resolves. */
	private List<Map<String, Object>> series(String board, Trend trend) {
		var calls = Map.<String, Object>of("label", tables.label("funnel.calls"), "data", trend.points().stream().map(Trend.Point::calls).toList());
		var handed = Map.<String, Object>of("label", tables.label("dashboard.handed-over"), "data",
				trend.points().stream().map(Trend.Point::handedOver).toList());
		var accepted = Map.<String, Object>of("label", tables.label("funnel.accepted"), "data",
				trend.points().stream().map(Trend.Point::accepted).toList());
		var sales = Map.<String, Object>of("label", tables.label("funnel.first-sales"), "data",
				trend.points().stream().map(Trend.Point::firstSales).toList());
		var revenue = Map.<String, Object>of("label", tables.label("dashboard.revenue"), "data",
				trend.points().stream().map(Trend.Point::revenue).toList());
		return switch (board) {
			case "lg" -> List.of(calls, handed, accepted);
			case "lc" -> List.of(handed, accepted, sales);
			case "am" -> List.of(revenue);
			default -> List.of(calls, handed, accepted, sales);
		};
	}

	private Trend trend(Period period, String by) {
		var daily = dashboards.trend(period);
		return "week".equals(by) ? daily.weekly() : daily;
	}

	private ResponseEntity<byte[]> export(String board, String table, String format, Period period, String by) {
		if (!TABLES.get(board).contains(table)) {
			throw DomainException.notFound("dashboard.no-such-table", "No table " + table + "." + format + " here");
		}
		Table rows = switch (table) {
			case "funnel" -> tables.funnel(dashboards.funnel(period));
			case "trend" -> tables.trend(trend(period, by));
			case "callers" -> tables.callers(dashboards.callers(period));
			case "closers" -> tables.closers(dashboards.closers(period));
			case "managers" -> tables.managers(dashboards.managers(period));
			case "sla" -> tables.sla(dashboards.slaBreaches(period), clock.getZone());
			default -> tables.supply(supply.days(FORECAST_DAYS));
		};
		return Downloads.of(rows, format, rows.name() + "-" + period.from() + "-" + period.to());
	}

	private static String known(String tier) {
		String board = tier.toLowerCase(Locale.ROOT);
		if (!List.of("lg", "lc", "am").contains(board)) {
			throw DomainException.notFound("dashboard.no-such-tier", "No tier " + tier);
		}
		return board;
	}

}
