package ua.relay.analytics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import ua.relay.analytics.CommissionStatements;
import ua.relay.analytics.Dashboards;
import ua.relay.analytics.Funnel;
import ua.relay.analytics.Statement;
import ua.relay.analytics.TierRows;
import ua.relay.analytics.Trend;
import ua.relay.platform.Actor;
import ua.relay.platform.DomainException;
import ua.relay.platform.web.Period;
import ua.relay.salesorg.EmployeeId;

/**
 * The head's figures for BI tools and spreadsheets, the same as the dashboards and the commission pages
 * show and under the same rules: the funnel and the trend are the head's and the administrator's; a
 * tier's rows are also that tier's people's; each salesperson reads their own statement. Periods are
 * days, {@code from} and {@code to} both included ({@code yyyy-MM-dd}, Kyiv time), the last 30 days when
 * left out.
 */
@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Analytics", description = "The department's figures: funnel, trend, each tier's rows, commissions")
class AnalyticsRestController {

	private final Dashboards dashboards;

	private final CommissionStatements statements;

	private final Clock clock;

	AnalyticsRestController(Dashboards dashboards, CommissionStatements statements, Clock clock) {
		this.dashboards = dashboards;
		this.statements = statements;
		this.clock = clock;
	}

	/** A tier's rows: its people's figures over the period; tier 2's with the late first touches too. */
	record TierFigures(String tier, LocalDate from, LocalDate to, List<TierRows.Caller> callers, List<TierRows.Closer> closers,
			List<TierRows.SlaBreach> lateFirstTouches, List<TierRows.Manager> managers) {
	}

	@GetMapping("/funnel")
	@Operation(summary = "The relay's funnel over the period",
			description = "Calls, of them the interested handed over, of those the leads accepted and the first sales "
					+ "(by now), each with its share of the step before; apart: prospects added, inbound leads, repeat "
					+ "purchases.")
	Funnel funnel(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return dashboards.funnel(period(from, to));
	}

	@GetMapping("/trend")
	@Operation(summary = "The trend over the period, a point a day or a week (by=week)")
	Trend trend(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "day") String by) {
		var daily = dashboards.trend(period(from, to));
		return "week".equals(by) ? daily.weekly() : daily;
	}

	@GetMapping("/tiers/{tier}")
	@Operation(summary = "A tier's rows over the period: lg (callers), lc (closers, late first touches), am (account managers)")
	TierFigures tier(@PathVariable String tier,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		var period = period(from, to);
		return switch (tier.toLowerCase(Locale.ROOT)) {
			case "lg" -> new TierFigures("lg", period.from(), period.to(), dashboards.callers(period), null, null, null);
			case "lc" -> new TierFigures("lc", period.from(), period.to(), null, dashboards.closers(period),
					dashboards.slaBreaches(period), null);
			case "am" -> new TierFigures("am", period.from(), period.to(), null, null, null, dashboards.managers(period));
			default -> throw DomainException.notFound("dashboard.no-such-tier", "No tier " + tier);
		};
	}

	@GetMapping("/commissions/{month}")
	@Operation(summary = "Every employee's commission statement of a month (yyyy-MM)")
	List<Statement> commissions(@PathVariable YearMonth month, Actor actor) {
		return statements.all(month, actor);
	}

	@GetMapping("/commissions/{month}/mine")
	@Operation(summary = "The caller's, closer's or account manager's own statement of a month (yyyy-MM)")
	Statement mine(@PathVariable YearMonth month, Actor actor) {
		return statements.of(new EmployeeId(actor.requireEmployee()), month, actor);
	}

	private Period period(LocalDate from, LocalDate to) {
		var period = Period.chosenOrLast30Days(from, to, clock);
		if (period.to().isBefore(period.from())) {
			throw DomainException.invalid("period.reversed", "The period ends before it starts");
		}
		if (period.from().plusYears(3).isBefore(period.to())) {
			throw DomainException.invalid("period.too-long", "A period is three years at most");
		}
		return period;
	}

}
