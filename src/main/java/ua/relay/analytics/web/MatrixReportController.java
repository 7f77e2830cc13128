package ua.relay.analytics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

import ua.relay.analytics.MatrixReport;
import ua.relay.platform.DomainException;
import ua.relay.platform.export.Downloads;
import ua.relay.platform.export.Table;
import ua.relay.platform.web.Period;
import ua.relay.salesorg.OrganisationMode;
import ua.relay.salesorg.Tier;

/** The responsibility matrix over a period, both models side by side; its tables download as CSV and XLSX. */
@Controller
@RequestMapping("/analytics/matrix")
class MatrixReportController {

	private static final int PAGE_SIZE = 50;

	private static final int EXPORT_ROWS = 10_000;

	private final MatrixReport report;

	private final DashboardTables tables;

	private final JsonMapper json;

	private final Clock clock;

	MatrixReportController(MatrixReport report, DashboardTables tables, JsonMapper json, Clock clock) {
		this.report = report;
		this.tables = tables;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping
	String page(@RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var period = Period.chosenOrLast30Days(from, to, clock);
		var spread = report.spread(period);
		model.addAttribute("period", period);
		model.addAttribute("models", report.models(period));
		model.addAttribute("spread", spread);
		model.addAttribute("spreadLabels", json.writeValueAsString(spread.stream().map(MatrixReport.Spread::name).toList()));
		model.addAttribute("spreadValues", json.writeValueAsString(spread.stream().map(MatrixReport.Spread::revenue).toList()));
		model.addAttribute("companies", report.companies(period, Math.max(0, page), PAGE_SIZE));
		model.addAttribute("stages", Tier.values());
		model.addAttribute("modes", OrganisationMode.values());
		return "analytics/matrix-report";
	}

	@GetMapping("/export/{table}.{format}")
	ResponseEntity<byte[]> export(@PathVariable String table, @PathVariable String format,
			@RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to) {
		var period = Period.chosenOrLast30Days(from, to, clock);
		if (!List.of("spread", "companies").contains(table)) {
			throw DomainException.notFound("matrix.no-such-table", "No table " + table + "." + format);
		}
		Table rows = "spread".equals(table) ? spreadTable(report.spread(period)) : companiesTable(report.companies(period, 0,
				EXPORT_ROWS));
		return Downloads.of(rows, format, "matrix-" + table + "-" + period.from() + "-" + period.to());
	}

	private Table spreadTable(List<MatrixReport.Spread> spread) {
		var header = new java.util.ArrayList<String>();
		header.add(tables.label("commission.employee"));
		for (var mode : OrganisationMode.values()) {
			for (var stage : Tier.values()) {
				header.add(tables.label("mode." + mode) + ": " + tables.label("tier." + stage));
			}
		}
		header.add(tables.label("dashboard.revenue"));
		return new Table("spread", header, spread.stream().map(s -> {
			var row = new java.util.ArrayList<Object>();
			row.add(s.name());
			for (var mode : OrganisationMode.values()) {
				for (var stage : Tier.values()) {
					row.add(s.held(mode, stage));
				}
			}
			row.add(s.revenue());
			return (List<Object>) row;
		}).toList());
	}

	private Table companiesTable(MatrixReport.Page page) {
		var day = DateTimeFormatter.ofPattern("dd.MM.yyyy");
		var header = new java.util.ArrayList<String>();
		header.add(tables.label("dashboard.company"));
		for (var stage : Tier.values()) {
			header.add(tables.label("tier." + stage));
		}
		return new Table("companies", header, page.companies().stream().map(c -> {
			var row = new java.util.ArrayList<Object>();
			row.add(c.name());
			for (var stage : Tier.values()) {
				row.add(c.stages().getOrDefault(stage, List.of()).stream()
					.map(h -> h.employee() + " (" + tables.label("mode." + h.mode()) + ", "
							+ day.format(h.from().atZone(clock.getZone())) + ")")
					.collect(Collectors.joining("; ")));
			}
			return (List<Object>) row;
		}).toList());
	}

}
