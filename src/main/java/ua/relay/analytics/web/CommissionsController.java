package ua.relay.analytics.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

import ua.relay.analytics.CommissionKind;
import ua.relay.analytics.CommissionPlans;
import ua.relay.analytics.CommissionStatements;
import ua.relay.analytics.Statement;
import ua.relay.analytics.pdf.StatementPdf;
import ua.relay.platform.Actor;
import ua.relay.platform.export.Downloads;
import ua.relay.platform.export.Table;
import ua.relay.salesorg.EmployeeId;

/**
 * Commissions: the head's plan (rates in force, a change from a day on, the history) and the month's totals
 * per employee; each statement as a page, a CSV and a PDF, every item linking to its source.
 */
@Controller
@RequestMapping("/analytics/commissions")
class CommissionsController {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final CommissionPlans plans;

	private final CommissionStatements statements;

	private final Clock clock;

	private final JsonMapper json;

	private final DashboardTables tables;

	CommissionsController(CommissionPlans plans, CommissionStatements statements, Clock clock, JsonMapper json,
			DashboardTables tables) {
		this.tables = tables;
		this.json = json;
		this.plans = plans;
		this.statements = statements;
		this.clock = clock;
	}

	@GetMapping
	String overview(@RequestParam(required = false) YearMonth month, Actor actor, Model model) {
		var shown = month == null ? YearMonth.now(clock) : month;
		model.addAttribute("month", shown);
		model.addAttribute("rates", plans.current());
		model.addAttribute("history", plans.history());
		model.addAttribute("kinds", CommissionKind.values());
		var all = statements.all(shown, actor);
		model.addAttribute("statements", all);
		model.addAttribute("labels", json.writeValueAsString(all.stream().map(Statement::employeeName).toList()));
		model.addAttribute("values", json.writeValueAsString(all.stream().map(Statement::total).toList()));
		model.addAttribute("firstOpenDay", LocalDate.now(clock).withDayOfMonth(1));
		return "analytics/commissions";
	}

	@PostMapping("/plan")
	String change(@RequestParam CommissionKind kind, @RequestParam BigDecimal rate,
			@RequestParam LocalDate effectiveFrom,
			@RequestParam(defaultValue = "") String note, Actor actor, RedirectAttributes redirect) {
		plans.change(kind, rate, effectiveFrom, note, actor);
		redirect.addFlashAttribute("message", "commission.changed");
		return "redirect:/analytics/commissions";
	}

	@GetMapping("/mine")
	String mine(@RequestParam(required = false) YearMonth month, Actor actor) {
		return "redirect:/analytics/commissions/statements/" + actor.requireEmployee()
				+ (month == null ? "" : "?month=" + month);
	}

	@GetMapping("/statements/{employee:[0-9a-fA-F-]{36}}")
	String statement(@PathVariable UUID employee, @RequestParam(required = false) YearMonth month, Actor actor,
			Model model) {
		var shown = month == null ? YearMonth.now(clock) : month;
		model.addAttribute("statement", statements.of(new EmployeeId(employee), shown, actor));
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		return "analytics/statement";
	}

	@GetMapping("/statements/{employee}.{format:csv|xlsx}")
	ResponseEntity<byte[]> table(@PathVariable UUID employee, @PathVariable String format, @RequestParam YearMonth month,
			Actor actor) {
		var statement = statements.of(new EmployeeId(employee), month, actor);
		List<List<Object>> rows = new java.util.ArrayList<>(statement.items().stream()
			.map(item -> java.util.Arrays.<Object>asList(DAY.format(item.at().atZone(clock.getZone())),
					tables.label("commission.kind." + item.kind()), item.description(), item.base(), item.rate().stripTrailingZeros(),
					item.kind().percent() ? "%" : tables.label("currency"), item.amount(), item.href()))
			.toList());
		rows.add(java.util.Arrays.asList("", tables.label("commission.total"), "", null, null, "", statement.total(), ""));
		var table = new Table("statement", List.of(tables.label("commission.day"), tables.label("commission.kind"),
				tables.label("commission.source"), tables.label("commission.base"), tables.label("commission.rate"),
				tables.label("commission.unit"), tables.label("commission.amount"), tables.label("commission.link")), rows);
		return Downloads.of(table, format, fileName(statement));
	}

	/** The month's totals per employee, as the overview's table. */
	@GetMapping("/totals.{format:csv|xlsx}")
	ResponseEntity<byte[]> totals(@PathVariable String format, @RequestParam YearMonth month, Actor actor) {
		var table = new Table("commissions-" + month, List.of(tables.label("commission.employee"),
				tables.label("commission.items"), tables.label("commission.total")), statements.all(month, actor)
			.stream()
			.map(s -> List.<Object>of(s.employeeName(), s.items().size(), s.total()))
			.toList());
		return Downloads.of(table, format, "komisiia-" + month);
	}

	@GetMapping("/statements/{employee}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID employee, @RequestParam YearMonth month, Actor actor) {
		var statement = statements.of(new EmployeeId(employee), month, actor);
		return Downloads.file(StatementPdf.render(statement, clock.getZone()), MediaType.APPLICATION_PDF,
				fileName(statement) + ".pdf");
	}

	private static String fileName(Statement statement) {
		return "komisiia-" + statement.month() + "-" + statement.employeeName();
	}

}
