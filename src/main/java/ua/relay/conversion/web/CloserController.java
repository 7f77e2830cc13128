package ua.relay.conversion.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ua.relay.conversion.ActivityKind;
import ua.relay.conversion.ConversionQueries;
import ua.relay.conversion.DealActivities;
import ua.relay.conversion.DealId;
import ua.relay.conversion.LeadId;
import ua.relay.conversion.LeadInbox;
import ua.relay.conversion.Pipeline;
import ua.relay.conversion.Quotes;
import ua.relay.platform.Actor;
import ua.relay.platform.DomainException;
import ua.relay.prospecting.ProspectingQueries;
import ua.relay.routing.InboundRouting;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Responsibilities;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.Tier;
import ua.relay.shared.Money;

@Controller
@RequestMapping("/conversion")
class CloserController {

	private final LeadInbox inbox;

	private final Pipeline pipeline;

	private final ConversionQueries queries;

	private final Staff staff;

	private final Quotes quotes;

	private final ProspectingQueries calls;

	private final DealActivities activities;

	private final InboundRouting inbound;

	private final Responsibilities responsibilities;

	CloserController(LeadInbox inbox, Pipeline pipeline, ConversionQueries queries, Staff staff, Quotes quotes,
			ProspectingQueries calls, DealActivities activities, InboundRouting inbound, Responsibilities responsibilities) {
		this.responsibilities = responsibilities;
		this.inbound = inbound;
		this.calls = calls;
		this.activities = activities;
		this.quotes = quotes;
		this.staff = staff;
		this.inbox = inbox;
		this.pipeline = pipeline;
		this.queries = queries;
	}

	record WinForm(@NotNull Money amount) {
	}

	/** The inbox; the closed deals a page at a time ({@code ?page=}). */
	@GetMapping("/inbox")
	String inbox(@RequestParam(defaultValue = "1") int page, Actor actor, Model model) {
		model.addAttribute("leads", queries.newLeads(actor));
		model.addAttribute("openDeals", queries.deals(actor, true));
		model.addAttribute("closedDeals", queries.closedDeals(actor, page));
		if (actor.seesEverything()) {
			model.addAttribute("closers", staff.all().stream().filter(e -> e.active() && e.tier() == Tier.LC).toList());
		}
		model.addAttribute("me", actor.employee().orElse(null));
		model.addAttribute("tasks", actor.employee().isPresent() ? activities.openTasks(actor) : java.util.List.of());
		model.addAttribute("stages", pipeline.stages());
		return "conversion/inbox";
	}

	/** {@code disqualify} is a checkbox: left unticked, the browser sends nothing. */
	record RejectForm(@NotBlank @Size(max = 1000) String reason, Boolean disqualify) {

		boolean disqualified() {
			return Boolean.TRUE.equals(disqualify);
		}

	}

	@GetMapping("/leads/{id}")
	String lead(@PathVariable UUID id, Actor actor, Model model) {
		var lead = queries.lead(new LeadId(id), actor);
		model.addAttribute("lead", lead);
		model.addAttribute("calls", calls.callsTo(lead.company().id()));
		model.addAttribute("inbound", inbound.callsOf(lead.company().id()));
		if (actor.seesEverything()) {
			model.addAttribute("closers", staff.all().stream().filter(e -> e.active() && e.tier() == Tier.LC).toList());
		}
		return "conversion/lead";
	}

	@PostMapping("/leads/{id}/reject")
	String reject(@PathVariable UUID id, @Valid RejectForm form, Actor actor, RedirectAttributes redirect) {
		inbox.reject(new LeadId(id), form.reason(), form.disqualified(), actor);
		redirect.addFlashAttribute("message", form.disqualified() ? "lead.disqualified-message" : "lead.rejected-message");
		return "redirect:/conversion/inbox";
	}

	@PostMapping("/leads/{id}/escalate")
	String escalate(@PathVariable UUID id, Actor actor, RedirectAttributes redirect) {
		inbox.escalate(new LeadId(id), actor);
		redirect.addFlashAttribute("message", "lead.escalated-message");
		return "redirect:/conversion/inbox";
	}

	@PostMapping("/leads/{id}/reassign")
	String reassign(@PathVariable UUID id, @RequestParam UUID closer, Actor actor, RedirectAttributes redirect) {
		inbox.reassign(new LeadId(id), new EmployeeId(closer), actor);
		redirect.addFlashAttribute("message", "lead.reassigned-message");
		return "redirect:/conversion/leads/" + id;
	}

	/** The head gives the leads ticked in the inbox to one closer. */
	@PostMapping("/leads/reassign")
	String reassignSelected(@RequestParam(name = "lead", required = false) List<UUID> chosen, @RequestParam UUID closer,
			Actor actor, RedirectAttributes redirect) {
		if (chosen == null || chosen.isEmpty()) {
			redirect.addFlashAttribute("problem", "list.selected-none");
			return "redirect:/conversion/inbox";
		}
		inbox.reassignAll(chosen.stream().map(LeadId::new).toList(), new EmployeeId(closer), actor);
		redirect.addFlashAttribute("message", "lead.reassigned-message");
		return "redirect:/conversion/inbox";
	}

	/**
	 * The deals ticked in the inbox moved to one stage, each as of the version the page showed: one that
	 * somebody changed meanwhile stays where it is, and the page says how many did.
	 */
	@PostMapping("/deals/move")
	String moveSelected(@RequestParam(name = "deal", required = false) List<String> chosen, @RequestParam String stage,
			Actor actor, RedirectAttributes redirect) {
		if (chosen == null || chosen.isEmpty()) {
			redirect.addFlashAttribute("problem", "list.selected-none");
			return "redirect:/conversion/inbox";
		}
		var seen = new java.util.LinkedHashMap<DealId, Integer>();
		for (String idAndVersion : chosen) {
			var parts = idAndVersion.split(":", 2);
			try {
				seen.put(new DealId(UUID.fromString(parts[0])), Integer.parseInt(parts[1]));
			}
			catch (IllegalArgumentException | ArrayIndexOutOfBoundsException malformed) {
				throw DomainException.invalid("deal.selection", "Not a deal and its version: " + idAndVersion);
			}
		}
		int refused = pipeline.moveAll(seen, stage, actor);
		redirect.addFlashAttribute(refused == 0 ? "message" : "problem", refused == 0 ? "inbox.moved" : "inbox.moved-some");
		return "redirect:/conversion/inbox";
	}

	@PostMapping("/leads/{id}/accept")
	String accept(@PathVariable UUID id, Actor actor) {
		var deal = inbox.accept(new LeadId(id), actor);
		return "redirect:/conversion/deals/" + deal.value();
	}

	@GetMapping("/deals/{id}")
	String deal(@PathVariable UUID id, Actor actor, Model model) {
		var deal = queries.deal(new DealId(id), actor);
		model.addAttribute("deal", deal);
		model.addAttribute("calls", calls.callsTo(deal.company().id()));
		model.addAttribute("inbound", inbound.callsOf(deal.company().id()));
		model.addAttribute("stages", pipeline.stages());
		model.addAttribute("quotes", quotes.ofDeal(new DealId(id), actor));
		model.addAttribute("quoteRecipient", quotes.recipient(new DealId(id), actor).orElse(""));
		model.addAttribute("mine", deal.closerId().value().equals(actor.employeeId()));
		model.addAttribute("timeline", activities.timeline(new DealId(id), actor));
		model.addAttribute("tasks", activities.tasksOf(new DealId(id), actor));
		model.addAttribute("kinds", ActivityKind.values());
		if ("WON".equals(deal.stage())) {
			model.addAttribute("accountManager", responsibilities.responsible(deal.company().id(), Tier.AM).map(staff::get)
				.orElse(null));
		}
		return "conversion/deal";
	}

	@PostMapping("/deals/{id}/won")
	String won(@PathVariable UUID id, @Valid WinForm form, Actor actor, RedirectAttributes redirect) {
		pipeline.win(new DealId(id), form.amount(), actor);
		redirect.addFlashAttribute("message", "deal.won-message");
		return "redirect:/conversion/deals/" + id;
	}

}
