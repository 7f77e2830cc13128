package ua.relay.analytics.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import tools.jackson.databind.json.JsonMapper;

import ua.relay.analytics.Calibration;
import ua.relay.analytics.CommissionKind;
import ua.relay.analytics.CommissionPlans;
import ua.relay.analytics.SimulationRuns;
import ua.relay.analytics.SimulationScenarios;
import ua.relay.platform.Actor;
import ua.relay.shared.DecimalText;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.Tier;
import ua.relay.simulation.Departments;
import ua.relay.simulation.Scenario;

/**
 * The simulator's page: the department as it is (head count per tier) and the rates calibrated from the
 * company's history, each editable; a run compares three tiers with the classic model (and sweeps the
 * number of callers if asked), its progress polled until the results and charts are there.
 */
@Controller
@RequestMapping("/analytics/simulator")
class SimulatorController {

	/** The figures shown in per cent (shares of shift time), in hryvnias, and in hours; the rest are counts. */
	static final java.util.Set<String> PERCENT = java.util.Set.of("callerUtilisation", "closerUtilisation", "managerUtilisation");

	static final java.util.Set<String> HOURS = java.util.Set.of("closerColdCallHours", "leadWaitHours", "leadsWaiting");

	/** The figures the results table and the chart compare. */
	static final List<String> COMPARED = List.of("calls", "handedOver", "firstSales", "newRevenue", "repeatRevenue",
			"costOfSales", "costPerAcquiredClient", "closerColdCallHours", "leadWaitHours", "leadsWaiting",
			"callerUtilisation", "closerUtilisation", "managerUtilisation");

	private final Calibration calibration;

	private final SimulationRuns runs;

	private final Staff staff;

	private final JsonMapper json;

	private final DashboardTables tables;

	private final SimulationScenarios scenarios;

	private final CommissionPlans plans;

	SimulatorController(Calibration calibration, SimulationRuns runs, Staff staff, JsonMapper json, DashboardTables tables,
			SimulationScenarios scenarios, CommissionPlans plans) {
		this.plans = plans;
		this.scenarios = scenarios;
		this.calibration = calibration;
		this.runs = runs;
		this.staff = staff;
		this.json = json;
		this.tables = tables;
	}

	@GetMapping
	String page(@RequestParam(defaultValue = "90") int days, Model model) {
		var active = staff.all().stream().filter(e -> e.active() && !e.headOfSales() && e.tier() != null).toList();
		long callers = active.stream().filter(e -> e.tier() == Tier.LG).count();
		long closers = active.stream().filter(e -> e.tier() == Tier.LC).count();
		long managers = active.stream().filter(e -> e.tier() == Tier.AM).count();
		model.addAttribute("days", Math.max(1, Math.min(days, 730)));
		model.addAttribute("calibrated", calibration.fromHistory(Math.max(1, Math.min(days, 730))));
		model.addAttribute("callers", callers);
		model.addAttribute("closers", closers);
		model.addAttribute("managers", managers);
		model.addAttribute("classicPeople", Math.max(1, callers + closers + managers));
		model.addAttribute("pay", pay());
		model.addAttribute("costs", Departments.typicalCosts());
		model.addAttribute("scenarios", scenarios.all());
		return "analytics/simulator";
	}

	@PostMapping("/runs")
	String run(@RequestParam int callers, @RequestParam int closers, @RequestParam int managers,
			@RequestParam int classicPeople, @RequestParam(defaultValue = "52") int weeks,
			@RequestParam(defaultValue = "50") int replications, @RequestParam(defaultValue = "1") long seed,
			@RequestParam(defaultValue = "0") int sweepTo, @RequestParam(defaultValue = "false") boolean mix,
			@RequestParam(defaultValue = "") String name, @RequestParam Map<String, String> form, Actor actor) {
		var typical = Departments.typicalRates();
		Scenario.Rates rates;
		try {
			rates = new Scenario.Rates(number(form, "callMinutes", typical.callMinutes()),
				number(form, "connected", typical.connected()), number(form, "interested", typical.interested()),
				number(form, "accepted", typical.accepted()), number(form, "leadWorkHours", typical.leadWorkHours()),
				number(form, "firstSale", typical.firstSale()), number(form, "firstSaleValue", typical.firstSaleValue()),
				number(form, "repeatEveryDays", typical.repeatEveryDays()),
				number(form, "reminderMinutes", typical.reminderMinutes()), number(form, "repeatShare", typical.repeatShare()),
				number(form, "repeatValue", typical.repeatValue()), false);
		}
		catch (IllegalArgumentException ex) {
			throw ua.relay.platform.DomainException.invalid("simulation.rate", ex.getMessage());
		}
		var typicalCosts = Departments.typicalCosts();
		Departments.HourlyCosts costs;
		try {
			costs = new Departments.HourlyCosts(number(form, "costCaller", typicalCosts.caller()),
					number(form, "costCloser", typicalCosts.closer()), number(form, "costManager", typicalCosts.manager()),
					number(form, "costGeneralist", typicalCosts.generalist()));
		}
		catch (IllegalArgumentException ex) {
			throw ua.relay.platform.DomainException.invalid("simulation.cost", ex.getMessage());
		}
		var request = new SimulationRuns.Request(callers, closers, managers, classicPeople, weeks, replications, seed, rates,
				pay(), costs, sweepTo, mix);
		if (!name.isBlank()) {
			scenarios.save(name, request, actor);
		}
		return "redirect:/analytics/simulator/runs/" + runs.start(request).id();
	}

	/** A saved scenario run again: the same seed gives the same report. */
	@PostMapping("/scenarios/{id}/run")
	String runAgain(@PathVariable UUID id) {
		return "redirect:/analytics/simulator/runs/" + runs.start(scenarios.get(id).request()).id();
	}

	@GetMapping("/runs/{id}")
	String result(@PathVariable UUID id, HtmxRequest htmx, Model model) {
		var run = runs.get(id);
		model.addAttribute("run", run);
		model.addAttribute("compared", COMPARED);
		model.addAttribute("percent", PERCENT);
		model.addAttribute("hours", HOURS);
		// read once: a run finishing while the page is being written must not show half a report
		boolean finished = run.finished();
		model.addAttribute("finished", finished);
		if (finished && run.failure() == null) {
			model.addAttribute("verdict", SimulationVerdict.of(run.threeTier(), run.classic()));
			var figures = List.of("firstSales", "repeatPurchases", "handedOver");
			model.addAttribute("chartLabels", json.writeValueAsString(figures.stream()
				.map(f -> tables.label("simulation.figure." + f))
				.toList()));
			var series = new java.util.ArrayList<Map<String, Object>>();
			series.add(Map.of("label", tables.label("mode.THREE_TIER"), "data",
					figures.stream().map(f -> run.threeTier().get(f).mean()).toList()));
			series.add(Map.of("label", tables.label("mode.CLASSIC"), "data",
					figures.stream().map(f -> run.classic().get(f).mean()).toList()));
			if (run.mix() != null) {
				series.add(Map.of("label", tables.label("simulation.mix"), "data",
						figures.stream().map(f -> run.mix().get(f).mean()).toList()));
			}
			model.addAttribute("chartSeries", json.writeValueAsString(series));
			if (!run.sweep().isEmpty()) {
				model.addAttribute("sweepLabels", json.writeValueAsString(run.sweep().stream().map(p -> p.callers()).toList()));
				model.addAttribute("sweepSeries", json.writeValueAsString(List.of(
						Map.of("label", tables.label("simulation.sweep-mean"), "data",
								run.sweep().stream().map(p -> p.firstSales().mean()).toList()),
						Map.of("label", tables.label("simulation.sweep-low"), "data",
								run.sweep().stream().map(p -> p.firstSales().low()).toList()),
						Map.of("label", tables.label("simulation.sweep-high"), "data",
								run.sweep().stream().map(p -> p.firstSales().high()).toList()))));
			}
		}
		return htmx.isHtmxRequest() && !htmx.isBoosted() ? "analytics/simulation-run :: run" : "analytics/simulation-run";
	}

	/** The commission plan in force today, as the model pays it (it has no meetings: tier 1 is paid per accepted lead). */
	private Scenario.Pay pay() {
		var rates = new java.util.EnumMap<CommissionKind, Double>(CommissionKind.class);
		plans.current().forEach(rate -> rates.put(rate.kind(), rate.rate().doubleValue()));
		var typical = Departments.typicalPay();
		return new Scenario.Pay(rates.getOrDefault(CommissionKind.LEAD_ACCEPTED, typical.perAcceptedLead()),
				rates.getOrDefault(CommissionKind.FIRST_SALE, typical.firstSalePercent()),
				rates.getOrDefault(CommissionKind.REPEAT_SALE, typical.repeatPercent()),
				rates.getOrDefault(CommissionKind.CLASSIC, typical.classicPercent()));
	}

	/** A figure as the head typed it ("23,5" for a share in per cent, "45 000" for an amount), or its typical value. */
	private static double number(Map<String, String> form, String name, double fallback) {
		String text = form.get(name);
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			double value = DecimalText.parse(text, 6).doubleValue();
			return Calibration.SHARES.contains(name) ? value / 100 : value;
		}
		catch (IllegalArgumentException ex) {
			throw ua.relay.platform.DomainException.invalid("simulation.rate", "Not a number: " + name + " = " + text);
		}
	}

}
