package ua.relay.prospecting.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ua.relay.platform.CompanySettings;
import ua.relay.platform.DomainException;
import ua.relay.prospecting.Campaign;
import ua.relay.prospecting.CampaignProspects;
import ua.relay.prospecting.Campaigns;
import ua.relay.prospecting.SelectionRule;
import ua.relay.prospecting.domain.ProspectStatus;
import ua.relay.salesorg.EmployeeId;
import ua.relay.salesorg.Staff;
import ua.relay.salesorg.Tier;

/** The head's campaigns: whom to call and whom not, who calls, when; a live count while editing. */
@Controller
@RequestMapping("/prospecting/manage/campaigns")
class CampaignsController {

	private final Campaigns campaigns;

	private final Staff staff;

	private final CompanySettings settings;

	private final CampaignProspects prospects;

	CampaignsController(Campaigns campaigns, Staff staff, CompanySettings settings, CampaignProspects prospects) {
		this.prospects = prospects;
		this.campaigns = campaigns;
		this.staff = staff;
		this.settings = settings;
	}

	record RuleForm(SelectionRule.Effect effect, SelectionRule.Attribute attribute, String values) {

		SelectionRule toRule() {
			return new SelectionRule(effect == null ? SelectionRule.Effect.INCLUDE : effect,
					attribute == null ? SelectionRule.Attribute.INDUSTRY : attribute,
					new HashSet<>(Arrays.asList((values == null ? "" : values).split("[,\\n]"))));
		}

	}

	record CampaignForm(String name, Boolean active, Integer weeklyTarget, Set<DayOfWeek> days,
			LocalTime callingFrom, LocalTime callingTo,
			Set<UUID> callers, List<RuleForm> rules) {

		CampaignForm {
			rules = rules == null ? new ArrayList<>() : new ArrayList<>(rules);
		}

		/** A new campaign calls on the office's days and hours until told otherwise. */
		static CampaignForm blank(CompanySettings.Settings office) {
			return new CampaignForm("", true, 10, office.workingDays(), office.dayStarts(), office.dayEnds(), Set.of(),
					List.of());
		}

		static CampaignForm of(Campaign c) {
			return new CampaignForm(c.name(), c.active(), c.weeklyTarget(), c.days(), c.callingFrom(), c.callingTo(),
					c.callers().stream().map(EmployeeId::value).collect(java.util.stream.Collectors.toSet()),
					c.rules().stream().map(r -> new RuleForm(r.effect(), r.attribute(), String.join(", ", r.values()))).toList());
		}

		List<SelectionRule> selectionRules() {
			return rules.stream().filter(r -> r.values() != null && !r.values().isBlank()).map(RuleForm::toRule).toList();
		}

		Campaign toCampaign(UUID id) {
			return new Campaign(id, name, Boolean.TRUE.equals(active), weeklyTarget == null ? 0 : weeklyTarget, days,
					callingFrom == null ? LocalTime.of(9, 0) : callingFrom, callingTo == null ? LocalTime.of(18, 0) : callingTo,
					selectionRules(), callers == null ? Set.of() : callers.stream().map(EmployeeId::new).collect(java.util.stream.Collectors.toSet()));
		}

		CampaignForm withBlankRule() {
			var more = new ArrayList<>(rules);
			more.add(new RuleForm(SelectionRule.Effect.INCLUDE, SelectionRule.Attribute.INDUSTRY, ""));
			return new CampaignForm(name, active, weeklyTarget, days, callingFrom, callingTo, callers, more);
		}

	}

	@GetMapping
	String list(@RequestParam(required = false) String why, Model model) {
		model.addAttribute("campaigns", campaigns.all());
		model.addAttribute("yields", campaigns.yields());
		if (why != null && !why.isBlank()) {
			model.addAttribute("why", why);
			model.addAttribute("reasons", campaigns.explain(why).orElse(null));
		}
		return "prospecting/campaigns";
	}

	/** The campaign's prospects, by status, sorted by a column, a page at a time; every choice in the address. */
	@GetMapping("/{id}/prospects")
	String prospects(@PathVariable UUID id, @RequestParam(required = false) ProspectStatus status,
			@RequestParam(defaultValue = "due") String sort, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("campaign", campaigns.get(id));
		model.addAttribute("prospects", prospects.page(id, status, sort, page));
		model.addAttribute("status", status);
		model.addAttribute("statuses", ProspectStatus.values());
		return "prospecting/campaign-prospects";
	}

	@GetMapping("/new")
	String create(Model model) {
		return form(null, CampaignForm.blank(settings.current()), model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		return form(id, CampaignForm.of(campaigns.get(id)), model);
	}

	@PostMapping({ "", "/{id}" })
	String save(@PathVariable(required = false) UUID id, @ModelAttribute("form") CampaignForm form,
			@RequestParam(required = false) String addRule, Model model, RedirectAttributes redirect) {
		if (addRule != null) {
			return form(id, form.withBlankRule(), model);
		}
		try {
			campaigns.save(form.toCampaign(id == null ? UUID.randomUUID() : id));
		}
		catch (DomainException ex) {
			model.addAttribute("problem", "problem." + ex.code());
			return form(id, form, model);
		}
		redirect.addFlashAttribute("message", "campaign.saved");
		return "redirect:/prospecting/manage/campaigns";
	}

	/** The live count while the rules are edited: how many queued prospects they select now. */
	@PostMapping("/count")
	@ResponseBody
	String count(@ModelAttribute CampaignForm form) {
		return String.valueOf(campaigns.count(form.selectionRules()));
	}

	private String form(UUID id, CampaignForm form, Model model) {
		model.addAttribute("id", id);
		model.addAttribute("form", form);
		model.addAttribute("count", campaigns.count(form.selectionRules()));
		model.addAttribute("callers", staff.all().stream().filter(e -> e.tier() == Tier.LG && e.active()).toList());
		model.addAttribute("weekdays", DayOfWeek.values());
		model.addAttribute("effects", SelectionRule.Effect.values());
		model.addAttribute("attributes", SelectionRule.Attribute.values());
		return "prospecting/campaign";
	}

}
